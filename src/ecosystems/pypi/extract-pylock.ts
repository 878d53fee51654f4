// pylock.toml and pylock.<name>.toml (PEP 751, lock-version 1.x) -> DependencyGraph. The format
// is a flat list of packages to install; what a package is needed for is in its marker (PEP 751
// adds `'<group>' in dependency_groups` and `'<extra>' in extras`): a group named in
// `default-groups` makes it prod, only other groups dev, an extra optional, no such marker prod.
// Every package hangs from the importer (the format records no direct/transitive split); the
// optional `dependencies` of a package become prod edges. Markers are kept, not evaluated.
import { posix } from 'node:path';
import type { EdgeKind, Importer } from '../../core/model.js';
import { FileError, type ExtractContext, type ExtractOutput } from '../../core/plugin.js';
import { arrayTableLines, isTable, lineStartingWith, parseToml, type TomlTable } from '../../util/toml.js';
import { PyGraphBuilder } from './graph-builder.js';
import { normalizeName, pypiPurl } from './names.js';
import { pylockDeps, pylockNode, type PylockEntry } from './pylock-package.js';

export const PYLOCK_PLUGIN_ID = 'pypi/pylock';

/** `pylock.toml` or `pylock.<name>.toml`, the names PEP 751 allows. */
export const isPylockName = (fileName: string): boolean => /^pylock\.([^.]+\.)?toml$/.test(fileName);

const names = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').map(normalizeName) : [];

/** What a package is needed for, from the groups and extras its marker asks for. */
export function markerKind(marker: string | undefined, defaultGroups: Set<string>): EdgeKind {
  if (!marker) return 'prod';
  const asked = (key: string) =>
    [...marker.matchAll(new RegExp(`(['"])([^'"]*)\\1\\s+in\\s+${key}\\b`, 'g'))].map((m) =>
      normalizeName(m[2]!),
    );
  const groups = asked('dependency_groups');
  const extras = asked('extras');
  if (!groups.length && !extras.length) return 'prod';
  if (groups.some((g) => defaultGroups.has(g))) return 'prod';
  return extras.length ? 'optional' : 'dev';
}

function checkVersion(doc: TomlTable, text: string, file: string): void {
  const v = doc['lock-version'];
  if (typeof v === 'string' && /^1(\.\d+)?$/.test(v)) return;
  throw new FileError(
    'unsupported-version',
    file,
    v === undefined ? 'no lock-version' : `lock-version ${JSON.stringify(v)} (this reader knows 1.x)`,
    lineStartingWith(text, 'lock-version') ?? 1,
  );
}

export async function extractPylock(file: string, ctx: ExtractContext): Promise<ExtractOutput> {
  const text = await ctx.readText(file);
  const doc = parseToml(text, file);
  checkVersion(doc, text, file);
  const base = posix.dirname(file);
  const defaults = new Set(names(doc['default-groups']));
  const b = new PyGraphBuilder(PYLOCK_PLUGIN_ID, file);
  const manifest = posix.join(base, 'pyproject.toml');
  const root: Importer = { path: '.', ...(ctx.tree.hasFile(manifest) && { manifest }) };
  b.importers.push(root);

  const lines = arrayTableLines(text, 'packages');
  const entries: PylockEntry[] = [];
  (Array.isArray(doc.packages) ? doc.packages : []).forEach((p, i) => {
    const line = lines[i] ?? 1;
    if (!isTable(p) || typeof p.name !== 'string' || !p.name) {
      b.fail({ file, line, reason: 'parse-error', detail: 'package entry has no name' });
      return;
    }
    const dir = isTable(p.directory) ? p.directory.path : undefined;
    if (typeof dir === 'string' && posix.normalize(dir) === '.') {
      // The project itself, as uv exports it: it names the importer rather than being a component.
      root.name = normalizeName(p.name);
      if (typeof p.version === 'string') root.version = p.version;
      root.purl = pypiPurl(p.name, root.version ?? null);
      return;
    }
    const key = `${normalizeName(p.name)}@${typeof p.version === 'string' ? p.version : ''}`;
    const id = b.nodes.has(key) ? `${key}#${i}` : key;
    const node = pylockNode(p, id, file, line, base);
    b.nodes.set(id, node);
    const marker = typeof p.marker === 'string' ? p.marker : undefined;
    entries.push({ node, kind: markerKind(marker, defaults), deps: pylockDeps(p) });
  });

  const byName = new Map<string, PylockEntry[]>();
  for (const e of entries) byName.set(e.node.name, [...(byName.get(e.node.name) ?? []), e]);
  for (const e of entries) {
    b.addEdge('importer:.', e.node.id, e.kind);
    for (const d of e.deps) {
      const targets = (byName.get(d.name) ?? []).filter((t) => !d.version || t.node.version === d.version);
      if (!targets.length && d.name !== root.name)
        b.fail({
          file,
          line: e.node.location?.line,
          reason: 'inconsistent',
          detail: `${e.node.name} depends on ${d.name}${d.version ? ` ${d.version}` : ''}, which is not locked`,
        });
      for (const t of targets) if (t !== e) b.addEdge(e.node.id, t.node.id, 'prod');
    }
  }
  return b.output();
}
