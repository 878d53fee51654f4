// Sorts lockfile entries into what they are to Steward: the root and workspaces are importers,
// `link: true` entries are pointers (to a workspace or a `file:` folder), everything else is an
// installed package and becomes a GraphNode with its identity, integrity, source and platform.
import type { GraphNode, Importer, Platform } from '../../core/model.js';
import { importerRef } from '../../core/model.js';
import { npmPurl } from '../../core/purl.js';
import { hashesFromIntegrity } from '../../core/integrity.js';
import { entryLine, type KeyLines } from './key-lines.js';
import { isInstallPath, linkTarget, nameFromKey } from './node-modules-lookup.js';
import { fromLockDir, sourceOf } from './resolved-source.js';
import type { LockEntry, Lockfile } from './schema.js';
import { workspaceMatcher, workspacePatterns } from './workspace-patterns.js';

export interface Classified {
  importers: Importer[];
  /** Lockfile key of each importer ('' for the root) → its importer path ('.' for the root). */
  importerPaths: Map<string, string>;
  nodes: Map<string, GraphNode>;
  /** Link entry key → the folder key it points at. */
  links: Map<string, string>;
}

export interface ClassifyInput {
  file: string;
  lock: Lockfile;
  lines: KeyLines;
  /** The root package.json, when present. */
  rootManifest?: Record<string, unknown>;
}

function platformOf(e: LockEntry): Platform | undefined {
  if (!e.os && !e.cpu && !e.libc) return undefined;
  const p: Platform = {};
  if (e.os) p.os = e.os;
  if (e.cpu) p.cpu = e.cpu;
  if (e.libc) p.libc = e.libc;
  return p;
}

const SEMVER = /^v?\d+\.\d+\.\d+(?:[-+].*)?$/;

function makeNode(e: LockEntry, name: string, aliases: string[], file: string, line?: number): GraphNode {
  const lockDir = fileDir(file);
  const version = e.version ?? null;
  const node: GraphNode = { id: e.key, ecosystem: 'npm', name, version, purl: npmPurl(name, version) };
  if (aliases.length) node.aliases = aliases;
  if (e.license) node.declaredLicense = e.license;
  if (e.integrity) {
    node.integrity = e.integrity;
    const hashes = hashesFromIntegrity(e.integrity);
    if (hashes.length) node.hashes = hashes;
  }
  const source = isInstallPath(e.key)
    ? sourceOf(e.resolved, lockDir)
    : { type: 'link' as const, url: fromLockDir(lockDir, e.key) };
  // omit-lockfile-registry-resolved leaves registry packages without `resolved`.
  if (source) node.source = source;
  else if (!e.inBundle && version && SEMVER.test(version)) node.source = { type: 'registry' };
  const platform = platformOf(e);
  if (platform) node.platform = platform;
  if (e.inBundle) node.bundled = true;
  if (e.hasInstallScript) node.properties = { hasInstallScript: true };
  node.location = line ? { file, line } : { file };
  return node;
}

export const fileDir = (file: string): string => {
  const slash = file.lastIndexOf('/');
  return slash >= 0 ? file.slice(0, slash) : '.';
};

export function classify({ file, lock, lines, rootManifest }: ClassifyInput): Classified {
  const root = lock.entries.get('');
  const patterns = workspacePatterns(root?.workspaces ?? rootManifest?.workspaces);
  const isWorkspace = workspaceMatcher(patterns);
  const lockDir = fileDir(file);
  const importers: Importer[] = [];
  const importerPaths = new Map<string, string>();
  const links = new Map<string, string>();
  const linkNames = new Map<string, string[]>(); // folder key → names it is linked under

  const rootName = typeof rootManifest?.name === 'string' ? rootManifest.name : root?.name;
  const rootVersion = typeof rootManifest?.version === 'string' ? rootManifest.version : root?.version;
  importers.push(importer('.', rootName, rootVersion, lockDir));
  importerPaths.set('', '.');

  for (const e of lock.entries.values()) {
    const target = linkTarget(e);
    if (target !== undefined) {
      links.set(e.key, target);
      const names = linkNames.get(target);
      if (names) names.push(nameFromKey(e.key));
      else linkNames.set(target, [nameFromKey(e.key)]);
    } else if (e.key !== '' && !isInstallPath(e.key) && isWorkspace(e.key)) {
      importers.push(importer(e.key, e.name, e.version, lockDir));
      importerPaths.set(e.key, e.key);
    }
  }

  const nodes = new Map<string, GraphNode>();
  for (const e of lock.entries.values()) {
    if (e.key === '' || links.has(e.key) || importerPaths.has(e.key)) continue;
    const line = entryLine(lines, lock.version, e.key);
    if (isInstallPath(e.key)) {
      const folderName = nameFromKey(e.key);
      const name = e.name ?? folderName;
      nodes.set(e.key, makeNode(e, name, name === folderName ? [] : [folderName], file, line));
    } else {
      // The target folder of a `file:` dependency: named by its `name` field or by its links.
      const linked = linkNames.get(e.key) ?? [];
      const name = e.name ?? linked[0] ?? nameFromKey(e.key);
      nodes.set(e.key, makeNode(e, name, [...new Set(linked.filter((n) => n !== name))], file, line));
    }
  }
  return { importers, importerPaths, nodes, links };
}

function importer(
  path: string,
  name: string | undefined,
  version: string | undefined,
  lockDir: string,
): Importer {
  const imp: Importer = { path: path || '.' };
  if (name) imp.name = name;
  if (version) imp.version = version;
  if (name) imp.purl = npmPurl(name, version);
  imp.manifest = fromLockDir(lockDir, path === '.' || path === '' ? 'package.json' : `${path}/package.json`);
  return imp;
}

/** The graph id an entry key stands for, following links: a node id or an importer ref. */
export function idOf(c: Classified, key: string): string | undefined {
  const target = c.links.get(key) ?? key;
  const imp = c.importerPaths.get(target);
  if (imp !== undefined) return importerRef(imp);
  return c.nodes.has(target) ? target : undefined;
}
