// Pipfile.lock (pipenv, JSON, pipfile-spec 6) -> DependencyGraph. `default` packages are prod and
// `develop` packages dev (a package in both is prod); further sections are custom categories,
// taken as dev. Pipenv records no package-to-package edges, so every locked package hangs off
// the project and `direct` means "locked", as in `pipenv requirements`.
import type { EdgeKind, GraphNode, ResolvedSource } from '../../core/model.js';
import { FileError, type ExtractContext, type ExtractOutput } from '../../core/plugin.js';
import { PyGraphBuilder } from './graph-builder.js';
import { fileHashes, normalizeName, pypiPurl } from './names.js';
import { pinnedVersion } from './requirements-line.js';

export const PIPFILE_PLUGIN_ID = 'pypi/pipfile-lock';
type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Line of each `"name": {` key per section, from pipenv's 4-space indented JSON. */
function keyLines(text: string): Map<string, number> {
  const out = new Map<string, number>();
  let section = '';
  text.split('\n').forEach((l, i) => {
    const top = /^ {4}"([^"]+)": \{/.exec(l);
    if (top) section = top[1]!;
    const key = /^ {8}"([^"]+)": \{/.exec(l);
    if (key) out.set(`${section}\u0000${key[1]}`, i + 1);
  });
  return out;
}

function sourceOf(entry: Json): ResolvedSource {
  if (typeof entry.git === 'string') {
    const ref = typeof entry.ref === 'string' && /^[0-9a-f]{40}$/.test(entry.ref) ? entry.ref : undefined;
    return { type: 'git', url: entry.git, ...(ref && { commit: ref }) };
  }
  if (typeof entry.path === 'string') return { type: 'file', url: entry.path };
  if (typeof entry.file === 'string') return { type: 'tarball', url: entry.file };
  return { type: 'registry' };
}

function parse(text: string, file: string): Json {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    const pos = /position (\d+)/.exec((e as Error).message)?.[1];
    throw new FileError(
      'parse-error',
      file,
      (e as Error).message.split('\n')[0],
      pos ? text.slice(0, Number(pos)).split('\n').length : undefined,
    );
  }
  if (!isObj(doc) || !isObj(doc._meta))
    throw new FileError('parse-error', file, 'not a Pipfile.lock: no "_meta" object', 1);
  const spec = doc._meta['pipfile-spec'];
  if (spec !== undefined && spec !== 6)
    throw new FileError(
      'unsupported-version',
      file,
      `pipfile-spec ${JSON.stringify(spec)}`,
      text.split('\n').findIndex((l) => l.includes('"pipfile-spec"')) + 1 || undefined,
    );
  return doc;
}

export async function extractPipfileLock(file: string, ctx: ExtractContext): Promise<ExtractOutput> {
  const text = await ctx.readText(file);
  const doc = parse(text, file);
  const lines = keyLines(text);
  const b = new PyGraphBuilder(PIPFILE_PLUGIN_ID, file);
  const pipfile = file.replace(/Pipfile\.lock$/, 'Pipfile');
  b.importers.push({ path: '.', ...(ctx.tree.hasFile(pipfile) && { manifest: pipfile }) });
  for (const [section, entries] of Object.entries(doc)) {
    if (section === '_meta' || !isObj(entries)) continue;
    const kind: EdgeKind = section === 'default' ? 'prod' : 'dev';
    for (const [rawName, entry] of Object.entries(entries)) {
      const line = lines.get(`${section}\u0000${rawName}`);
      if (!isObj(entry)) {
        b.fail({ file, line, reason: 'parse-error', detail: `${section}.${rawName} is not an object` });
        continue;
      }
      const name = normalizeName(rawName);
      const version = typeof entry.version === 'string' ? (pinnedVersion(entry.version) ?? null) : null;
      const id = `${name}@${version}`;
      if (!b.nodes.has(id)) {
        const source = sourceOf(entry);
        const node: GraphNode = {
          id,
          ecosystem: 'pypi',
          name,
          version,
          purl: pypiPurl(name, version),
          source,
          location: line ? { file, line } : { file },
        };
        if (version === null)
          node.range = typeof entry.version === 'string' ? entry.version : (source.url ?? '*');
        const hashes = fileHashes(
          Array.isArray(entry.hashes) ? entry.hashes.filter((h): h is string => typeof h === 'string') : [],
        );
        if (hashes.length) node.hashes = hashes;
        if (typeof entry.markers === 'string') node.properties = { marker: entry.markers };
        b.nodes.set(id, node);
      }
      b.addEdge('importer:.', id, kind);
    }
  }
  return b.output();
}
