// NuGet packages.lock.json (version 1 and 2) -> DependencyGraph. Each target framework (and
// framework/runtime pair, which inherits its framework's entries) lists Direct, Transitive, CentralTransitive and Project entries with
// their own dependencies; one node per package id and resolved version across all targets.
// Direct entries are the project's edges; NuGet has no dev dependencies, so every edge is prod.
import type { GraphEdge, GraphNode } from '../../core/model.js';
import { FileError, type ExtractContext, type ExtractOutput } from '../../core/plugin.js';
import { makePurl } from '../../core/purl.js';
import type { FileFailure } from '../../core/status.js';
import { parseJsonObject } from '../../util/json-error.js';

export const NUGET_PLUGIN_ID = 'nuget/packages-lock';
type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Line of the first `"<id>": {` entry inside a target, from NuGet's 2-space indented output. */
function entryLines(text: string): Map<string, number> {
  const out = new Map<string, number>();
  text.split('\n').forEach((l, i) => {
    const m = /^ {6}"([^"]+)": \{/.exec(l);
    if (m && !out.has(m[1]!.toLowerCase())) out.set(m[1]!.toLowerCase(), i + 1);
  });
  return out;
}

function nodeOf(name: string, entry: Json, file: string, line: number | undefined): GraphNode {
  const project = entry.type === 'Project';
  const version = !project && typeof entry.resolved === 'string' ? entry.resolved : null;
  const node: GraphNode = {
    id: `${name.toLowerCase()}@${version ?? 'project'}`,
    ecosystem: 'nuget',
    name,
    version,
    purl: makePurl({ type: 'nuget', name, version }),
    source: project ? { type: 'workspace' } : { type: 'registry' },
    location: line ? { file, line } : { file },
  };
  if (typeof entry.contentHash === 'string' && /^[A-Za-z0-9+/]{86}==$/.test(entry.contentHash)) {
    node.integrity = `sha512-${entry.contentHash}`;
    node.hashes = [{ alg: 'SHA-512', value: Buffer.from(entry.contentHash, 'base64').toString('hex') }];
  }
  return node;
}

export async function extractPackagesLock(file: string, ctx: ExtractContext): Promise<ExtractOutput> {
  const text = await ctx.readText(file);
  const doc = parseJsonObject(text, file);
  if (doc.version !== 1 && doc.version !== 2)
    throw new FileError(
      'unsupported-version',
      file,
      `version ${JSON.stringify(doc.version)}`,
      text.split('\n').findIndex((l) => l.includes('"version"')) + 1 || 1,
    );
  if (!isObj(doc.dependencies))
    throw new FileError('parse-error', file, '"dependencies" is missing or not an object', 1);
  const lines = entryLines(text);
  const failures: FileFailure[] = [];
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const addEdge = (from: string, to: string, range?: string) => {
    const key = `${from}\u0000${to}`;
    if (!edges.has(key)) edges.set(key, { from, to, kind: 'prod', ...(range && { range }) });
  };
  // Runtime-specific targets (`net8.0/linux-x64`) list only what differs per runtime and inherit
  // the rest from their framework's target, so frameworks are read first.
  const byTarget = new Map<string, Map<string, string>>();
  const targets = Object.entries(doc.dependencies).sort(
    ([a], [b]) => Number(a.includes('/')) - Number(b.includes('/')),
  );
  for (const [target, entries] of targets) {
    if (!isObj(entries)) {
      failures.push({ file, reason: 'parse-error', detail: `target ${target} is not an object` });
      continue;
    }
    const idOf = new Map<string, string>(byTarget.get(target.split('/')[0]!) ?? []);
    byTarget.set(target, idOf);
    for (const [name, entry] of Object.entries(entries)) {
      if (!isObj(entry) || (entry.type !== 'Project' && typeof entry.resolved !== 'string')) {
        failures.push({
          file,
          line: lines.get(name.toLowerCase()),
          reason: 'parse-error',
          detail: `${target}: ${name} has no resolved version`,
        });
        continue;
      }
      const node = nodeOf(name, entry, file, lines.get(name.toLowerCase()));
      if (!nodes.has(node.id)) nodes.set(node.id, node);
      idOf.set(name.toLowerCase(), node.id);
    }
    for (const [name, entry] of Object.entries(entries)) {
      const from = idOf.get(name.toLowerCase());
      if (!from || !isObj(entry)) continue;
      if (entry.type === 'Direct' || entry.type === 'Project')
        addEdge('importer:.', from, typeof entry.requested === 'string' ? entry.requested : undefined);
      if (isObj(entry.dependencies))
        for (const [dep, range] of Object.entries(entry.dependencies)) {
          const to = idOf.get(dep.toLowerCase());
          if (to) addEdge(from, to, typeof range === 'string' ? range : undefined);
          else
            failures.push({
              file,
              line: lines.get(name.toLowerCase()),
              reason: 'inconsistent',
              detail: `${target}: ${name} depends on ${dep}, which is not locked for this target`,
            });
        }
    }
  }
  const out: ExtractOutput = {
    graphs: [
      {
        ecosystem: 'nuget',
        plugin: NUGET_PLUGIN_ID,
        source: file,
        importers: [{ path: '.' }],
        nodes: [...nodes.values()],
        edges: [...edges.values()],
      },
    ],
  };
  if (failures.length) out.failures = failures;
  return out;
}
