// composer.lock (JSON) -> DependencyGraph. `packages` and `packages-dev` hold every locked package
// with its own `require` map, which gives the package-to-package edges (platform requirements such
// as php and ext-* are not packages). The importer's direct requirements come from the
// composer.json beside the lockfile (`require` prod, `require-dev` dev); without it, packages
// nothing requires are the roots, dev when listed under packages-dev.
import { posix } from 'node:path';
import type { EdgeKind, GraphNode, ResolvedSource } from '../../core/model.js';
import { FileError, type ExtractContext, type ExtractOutput } from '../../core/plugin.js';
import { makePurl } from '../../core/purl.js';
import type { FileFailure } from '../../core/status.js';
import { parseJsonObject } from '../../util/json-error.js';

export const COMPOSER_PLUGIN_ID = 'composer/composer-lock';
type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const strMap = (v: unknown): Record<string, string> =>
  isObj(v)
    ? Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string'))
    : {};

/** Platform packages (php, ext-json, lib-icu, composer-plugin-api, ...) are not locked packages. */
export const isPlatform = (name: string) =>
  !name.includes('/') || /^(php|hhvm|ext-|lib-|composer(-plugin|-runtime)?-api$|composer$)/.test(name);

export function composerPurl(name: string, version: string | null): string {
  const [vendor, pkg] = name.includes('/') ? (name.split('/', 2) as [string, string]) : [undefined, name];
  return makePurl({ type: 'composer', namespace: vendor, name: pkg, version });
}

/** Line of each package's `"name"` key, by section, from composer's 4-space indented output. */
function nameLines(text: string): Map<string, number> {
  const out = new Map<string, number>();
  let section = '';
  text.split('\n').forEach((l, i) => {
    const s = /^ {4}"(packages|packages-dev)": \[/.exec(l);
    if (s) section = s[1]!;
    const n = /^ {12}"name": "([^"]+)"/.exec(l);
    if (n && section) out.set(`${section}\u0000${n[1]}`, i + 1);
  });
  return out;
}

function nodeOf(p: Json, name: string, file: string, line: number | undefined): GraphNode {
  const base = posix.dirname(file);
  const version = typeof p.version === 'string' ? p.version : null;
  const src = isObj(p.source) ? p.source : undefined;
  const dist = isObj(p.dist) ? p.dist : undefined;
  let source: ResolvedSource = { type: 'registry' };
  if (dist?.type === 'path' && typeof dist.url === 'string')
    source = { type: 'file', url: posix.normalize(posix.join(base, dist.url)) };
  else if (src && typeof src.url === 'string')
    source = {
      type: src.type === 'git' && !dist ? 'git' : 'registry',
      url: src.url,
      ...(typeof src.reference === 'string' &&
        /^[0-9a-f]{40}$/.test(src.reference) && { commit: src.reference }),
    };
  const node: GraphNode = {
    id: name,
    ecosystem: 'composer',
    name,
    version,
    purl: composerPurl(name, version),
    source,
    location: line ? { file, line } : { file },
  };
  if (typeof dist?.shasum === 'string' && /^[0-9a-f]{40}$/.test(dist.shasum))
    node.hashes = [{ alg: 'SHA-1', value: dist.shasum }];
  const licenses = Array.isArray(p.license)
    ? p.license.filter((l): l is string => typeof l === 'string')
    : [];
  if (licenses.length)
    node.declaredLicense = licenses.length > 1 ? `(${licenses.join(' OR ')})` : licenses[0];
  return node;
}

export async function extractComposerLock(file: string, ctx: ExtractContext): Promise<ExtractOutput> {
  const text = await ctx.readText(file);
  const doc = parseJsonObject(text, file);
  if (!Array.isArray(doc.packages))
    throw new FileError('parse-error', file, '"packages" is missing or not an array', 1);
  const lines = nameLines(text);
  const failures: FileFailure[] = [];
  const nodes = new Map<string, GraphNode>();
  const requires = new Map<string, Record<string, string>>();
  const devOnly = new Set<string>();
  for (const section of ['packages', 'packages-dev'] as const) {
    const list = doc[section];
    if (list === undefined) continue;
    if (!Array.isArray(list)) throw new FileError('parse-error', file, `"${section}" is not an array`);
    for (const p of list) {
      if (!isObj(p) || typeof p.name !== 'string') {
        failures.push({ file, reason: 'parse-error', detail: `an entry of "${section}" has no name` });
        continue;
      }
      const name = p.name.toLowerCase();
      nodes.set(name, nodeOf(p, name, file, lines.get(`${section}\u0000${p.name}`)));
      requires.set(name, strMap(p.require));
      if (section === 'packages-dev') devOnly.add(name);
    }
  }
  const edges: { from: string; to: string; kind: EdgeKind; range?: string }[] = [];
  const needed = new Set<string>();
  for (const [from, req] of requires)
    for (const [dep, range] of Object.entries(req)) {
      const to = dep.toLowerCase();
      if (isPlatform(to)) continue;
      if (!nodes.has(to)) {
        // Composer leaves out packages another one `replace`s or `provide`s; not an error.
        continue;
      }
      edges.push({ from, to, kind: 'prod', range });
      needed.add(to);
    }
  const manifestFile = posix.join(posix.dirname(file), 'composer.json');
  const manifestText = await ctx.readTextIfExists(manifestFile);
  let manifest: Json | undefined;
  if (manifestText !== undefined)
    try {
      manifest = parseJsonObject(manifestText, manifestFile);
    } catch (e) {
      if (!(e instanceof FileError)) throw e;
      failures.push({ file: e.file, line: e.line, reason: e.reason, detail: e.detail });
    }
  const name = typeof manifest?.name === 'string' ? manifest.name.toLowerCase() : undefined;
  const importer = {
    path: '.',
    ...(name && { name, purl: composerPurl(name, null) }),
    ...(manifest && { manifest: manifestFile }),
  };
  if (manifest) {
    for (const [key, kind] of [
      ['require', 'prod'],
      ['require-dev', 'dev'],
    ] as const)
      for (const [dep, range] of Object.entries(strMap(manifest[key]))) {
        const to = dep.toLowerCase();
        if (isPlatform(to)) continue;
        if (nodes.has(to)) edges.push({ from: 'importer:.', to, kind, range });
        else
          failures.push({
            file,
            reason: 'inconsistent',
            detail: `${dep} is required by ${manifestFile} but not locked`,
          });
      }
  } else {
    for (const n of nodes.keys())
      if (!needed.has(n)) edges.push({ from: 'importer:.', to: n, kind: devOnly.has(n) ? 'dev' : 'prod' });
  }
  const out: ExtractOutput = {
    graphs: [
      {
        ecosystem: 'composer',
        plugin: COMPOSER_PLUGIN_ID,
        source: file,
        importers: [importer],
        nodes: [...nodes.values()],
        edges,
      },
    ],
  };
  if (failures.length) out.failures = failures;
  return out;
}
