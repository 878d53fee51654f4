// Yarn classic (v1) yarn.lock -> DependencyGraph. The lockfile maps descriptors (`name@range`)
// to resolved packages but names no importers and no dependency kinds, so the importers and their
// dev/prod/optional declarations come from the root package.json and its workspaces; every
// declared `name@range` then resolves to the entry whose descriptor list contains it.
import { posix } from 'node:path';
import semver from 'semver';
import type { EdgeKind, GraphNode } from '../../core/model.js';
import { importerRef } from '../../core/model.js';
import type { ExtractContext, ExtractOutput } from '../../core/plugin.js';
import { npmPurl } from '../../core/purl.js';
import { parseClassicLockfile, type ClassicEntry, type ClassicObject } from './classic-syntax.js';
import { parseNpmAlias, splitDescriptor } from './descriptors.js';
import { GraphBuilder } from './graph-builder.js';
import { resolveLinkVersions } from './local-versions.js';
import { membersFromManifests, toImporter, type ProjectMember } from './importers.js';
import { hashesFromIntegrity } from '../../core/integrity.js';
import { classicSource, sourceQualifiers } from './sources.js';

const ROOT_KINDS: EdgeKind[] = ['prod', 'optional', 'dev'];

function str(o: ClassicObject, key: string): string | undefined {
  const v = o.values.get(key);
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

function block(o: ClassicObject, key: string): ClassicObject | undefined {
  const v = o.values.get(key);
  return v && typeof v === 'object' ? v : undefined;
}

/** Node id of an entry: its descriptors, unquoted, as Yarn lists them. */
const entryId = (entry: ClassicEntry) => entry.descriptors.join(', ');

/** Builds the node for one entry; undefined (with a failure recorded) when its shape is wrong. */
function entryNode(entry: ClassicEntry, file: string, base: string, b: GraphBuilder): GraphNode | undefined {
  const first = splitDescriptor(entry.descriptors[0]!);
  const version = str(entry.body, 'version');
  if (!first || !version) {
    const detail = first ? `entry ${entry.key} has no version` : `bad descriptor ${entry.descriptors[0]}`;
    b.fail({ file, line: entry.line, reason: 'parse-error', detail });
    return undefined;
  }
  const alias = parseNpmAlias(first.range);
  const name = alias?.name ?? first.name;
  const resolved = str(entry.body, 'resolved');
  const source = classicSource(alias?.range ?? first.range, resolved, base);
  const node: GraphNode = {
    id: entryId(entry),
    ecosystem: 'npm',
    name,
    version,
    purl: npmPurl(name, version, sourceQualifiers(source)),
    source,
    location: { file, line: entry.line },
  };
  const integrity = str(entry.body, 'integrity');
  const hashes = integrity ? hashesFromIntegrity(integrity) : [];
  const fragment = resolved?.split('#')[1];
  if (!hashes.length && source.type !== 'git' && fragment && /^[0-9a-f]{40}$/.test(fragment))
    hashes.push({ alg: 'SHA-1', value: fragment });
  if (integrity) node.integrity = integrity;
  if (hashes.length) node.hashes = hashes;
  const aliases = entry.descriptors.map((d) => splitDescriptor(d)?.name).filter((n) => n && n !== name);
  if (aliases.length) node.aliases = [...new Set(aliases as string[])];
  return node;
}

interface Resolver {
  byDescriptor: Map<string, string>;
  workspaces: Map<string, ProjectMember>;
}

/** The node id or importer ref `name@range` resolves to; undefined when nothing matches. */
function resolve(r: Resolver, name: string, range: string): string | undefined {
  const id = r.byDescriptor.get(`${name}@${range}`);
  if (id) return id;
  const ws = r.workspaces.get(name);
  const v = ws?.manifest?.version;
  if (ws && (range === '*' || !v || semver.satisfies(v, range, { loose: true }))) return importerRef(ws.path);
  return undefined;
}

export async function extractYarnLockV1(
  file: string,
  text: string,
  ctx: ExtractContext,
): Promise<ExtractOutput> {
  const base = posix.dirname(file);
  const entries = parseClassicLockfile(text, file);
  const b = new GraphBuilder(file);
  const r: Resolver = { byDescriptor: new Map(), workspaces: new Map() };
  const kept: ClassicEntry[] = [];
  for (const entry of entries) {
    const node = entryNode(entry, file, base, b);
    if (!node) continue;
    b.nodes.set(node.id, node);
    kept.push(entry);
    for (const d of entry.descriptors) {
      if (r.byDescriptor.has(d))
        b.fail({
          file,
          line: entry.line,
          reason: 'inconsistent',
          detail: `descriptor ${d} appears in two entries`,
        });
      else r.byDescriptor.set(d, node.id);
    }
  }

  await resolveLinkVersions(b.nodes.values(), ctx);
  const members = await membersFromManifests(ctx, file, (err) => b.failWith(err));
  for (const m of members) {
    b.importers.push(toImporter(base, m));
    if (m.path !== '.' && m.manifest?.name) r.workspaces.set(m.manifest.name, m);
  }
  if (!members[0]!.manifest) {
    const manifest = posix.join(base, 'package.json');
    if (!ctx.tree.hasFile(manifest))
      b.fail({
        file: manifest,
        reason: 'unreadable',
        detail: 'no package.json beside yarn.lock: importers and dev dependencies are unknown',
      });
    linkOrphansToRoot(b, kept);
  }
  for (const m of members) linkImporter(b, r, m, file);
  for (const entry of kept) linkEntry(b, r, entry, file);
  if (members[0]!.manifest) b.warnUnreachable();
  return b.output();
}

function linkImporter(b: GraphBuilder, r: Resolver, m: ProjectMember, file: string): void {
  if (!m.manifest) return;
  const seen = new Set<string>();
  for (const kind of ROOT_KINDS) {
    for (const [name, range] of Object.entries(m.manifest.deps[kind])) {
      if (seen.has(name)) continue;
      seen.add(name);
      const to = resolve(r, name, range);
      if (to) b.addEdge(importerRef(m.path), to, kind, range, aliasOf(b, to, name));
      else
        b.fail({
          file: m.manifest.file,
          reason: 'inconsistent',
          detail: `${name}@${range} is declared but not in ${file}`,
        });
    }
  }
}

function linkEntry(b: GraphBuilder, r: Resolver, entry: ClassicEntry, file: string): void {
  for (const [field, kind] of [
    ['dependencies', 'prod'],
    ['optionalDependencies', 'optional'],
  ] as const) {
    const deps = block(entry.body, field);
    if (!deps) {
      if (entry.body.values.has(field))
        b.fail({
          file,
          line: entry.body.lines.get(field),
          reason: 'parse-error',
          detail: `${field} is not a block`,
        });
      continue;
    }
    for (const [name, value] of deps.values) {
      const range = typeof value === 'object' ? undefined : String(value);
      const line = deps.lines.get(name);
      const to = range === undefined ? undefined : resolve(r, name, range);
      if (to) b.addEdge(entryId(entry), to, kind, range, aliasOf(b, to, name));
      else if (kind !== 'optional' || range === undefined)
        b.fail({ file, line, reason: 'inconsistent', detail: `${name}@${range ?? '?'} has no entry` });
    }
  }
}

function aliasOf(b: GraphBuilder, to: string, name: string): string | undefined {
  const node = b.nodes.get(to);
  return node && node.name !== name ? name : undefined;
}

/** Without a manifest, the entries nothing depends on are taken as the root's direct dependencies. */
function linkOrphansToRoot(b: GraphBuilder, entries: ClassicEntry[]): void {
  const depended = new Set<string>();
  for (const e of entries)
    for (const field of ['dependencies', 'optionalDependencies'])
      for (const [name, v] of block(e.body, field)?.values ?? []) depended.add(`${name}@${String(v)}`);
  for (const e of entries)
    if (!e.descriptors.some((d) => depended.has(d))) b.addEdge(importerRef('.'), entryId(e), 'prod');
}
