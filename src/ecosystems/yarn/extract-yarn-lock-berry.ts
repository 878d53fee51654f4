// Yarn Berry (v2+) yarn.lock -> DependencyGraph. Entries map descriptors to a resolved locator;
// `workspace:` locators are the importers. Which workspace dependencies are dev is not in the
// lockfile, so each workspace's package.json is read for it. `patch:` locators become the base
// package (name@version) with the patch kept as source type and property.
import { posix } from 'node:path';
import type { GraphNode, ResolvedSource } from '../../core/model.js';
import { importerRef } from '../../core/model.js';
import type { ExtractContext, ExtractOutput } from '../../core/plugin.js';
import { npmPurl } from '../../core/purl.js';
import { readBerryDocument, type BerryRecord } from './berry-document.js';
import { linkBerryGraph, type BerryTarget } from './berry-links.js';
import { parseNpmAlias, parsePatch, splitDescriptor, stripBindings } from './descriptors.js';
import { GraphBuilder } from './graph-builder.js';
import { resolveLinkVersions } from './local-versions.js';
import { membersAt, toImporter } from './importers.js';
import { parseConditions } from './schema.js';
import { berrySource, sourceQualifiers } from './sources.js';

/** Root-relative importer path of a `workspace:` reference ('.' for the root). */
function workspacePath(reference: string): string {
  return posix.normalize(reference.slice('workspace:'.length) || '.');
}

/** Name, source and extra properties of a resolved locator, looking through `patch:`. */
function describeLocator(
  locator: string,
  base: string,
): { name: string; source: ResolvedSource; properties: Record<string, string> } | undefined {
  const ident = splitDescriptor(locator);
  if (!ident) return undefined;
  const patch = parsePatch(ident.range);
  if (!patch)
    return {
      name: ident.name,
      source: berrySource(stripBindings(ident.range).reference, base),
      properties: {},
    };
  const inner = splitDescriptor(patch.inner);
  if (!inner) return undefined;
  const innerSource = berrySource(stripBindings(inner.range).reference, base);
  const source: ResolvedSource = { type: 'patch' };
  // `~/` is the project root; builtin patches ship inside Yarn and have no file.
  if (!patch.patch.includes('builtin<')) source.url = posix.join(base, patch.patch.replace(/^~\//, ''));
  return {
    name: inner.name,
    source,
    properties: { yarnPatch: patch.patch, yarnPatchedSource: innerSource.type },
  };
}

function buildNode(rec: BerryRecord, file: string, base: string, b: GraphBuilder): GraphNode | undefined {
  const d = describeLocator(rec.entry.resolution, base);
  if (!d) {
    b.fail({ file, line: rec.line, reason: 'parse-error', detail: `bad resolution ${rec.entry.resolution}` });
    return undefined;
  }
  const version = rec.entry.version;
  const node: GraphNode = {
    id: rec.entry.resolution,
    ecosystem: 'npm',
    name: d.name,
    version,
    purl: npmPurl(d.name, version, sourceQualifiers(d.source)),
    source: d.source,
    location: { file, line: rec.line },
  };
  const props: Record<string, string> = { ...d.properties };
  // The checksum is Yarn's own hash of its cache zip, not of the published tarball: a property only.
  if (rec.entry.checksum) props.yarnChecksum = rec.entry.checksum.replace(/^[^/]*\//, '');
  if (Object.keys(props).length) node.properties = props;
  if (rec.entry.conditions) {
    const platform = parseConditions(rec.entry.conditions);
    if (Object.keys(platform).length) node.platform = platform;
  }
  const aliases = new Set<string>();
  for (const desc of rec.descriptors) {
    const ident = splitDescriptor(desc);
    if (ident && ident.name !== d.name && parseNpmAlias(ident.range)) aliases.add(ident.name);
  }
  if (aliases.size) node.aliases = [...aliases];
  return node;
}

/** Ids of packages that a patched package is built from: fetched, though no edge leads there. */
function patchBases(b: GraphBuilder): Set<string> {
  const out = new Set<string>();
  for (const n of b.nodes.values()) {
    if (n.source?.type !== 'patch') continue;
    const inner = parsePatch(splitDescriptor(n.id)?.range ?? '')?.inner;
    if (inner) out.add(inner);
  }
  return out;
}

const patchFirst = (n: GraphNode) => (n.source?.type === 'patch' ? 1 : 0);

export async function extractYarnLockBerry(
  file: string,
  text: string,
  ctx: ExtractContext,
): Promise<ExtractOutput> {
  const base = posix.dirname(file);
  const doc = readBerryDocument(text, file);
  const b = new GraphBuilder(file);
  for (const f of doc.failures) b.fail(f);

  const targets = new Map<string, BerryTarget>(); // descriptor -> what it resolves to
  const workspaceRecords = new Map<string, BerryRecord>();
  const nodeRecords: BerryRecord[] = [];
  for (const rec of doc.records) {
    const ident = splitDescriptor(rec.entry.resolution);
    let ref: string | undefined;
    if (ident?.range.startsWith('workspace:')) {
      const path = workspacePath(ident.range);
      workspaceRecords.set(path, rec);
      ref = importerRef(path);
    } else {
      const node = buildNode(rec, file, base, b);
      if (!node) continue;
      b.nodes.set(node.id, node);
      nodeRecords.push(rec);
      ref = node.id;
    }
    for (const desc of rec.descriptors) targets.set(desc, { ref, line: rec.line });
  }
  await resolveLinkVersions(b.nodes.values(), ctx);
  if (!workspaceRecords.has('.'))
    b.fail({
      file,
      line: 1,
      reason: 'inconsistent',
      detail: 'no entry for the root workspace (workspace:.)',
    });

  const paths = [...workspaceRecords.keys()].sort((x, y) =>
    x === '.' ? -1 : y === '.' ? 1 : x.localeCompare(y),
  );
  const members = await membersAt(ctx, file, paths, (err) => b.failWith(err));
  for (const m of members) {
    b.importers.push(toImporter(base, m));
    if (!m.manifest && !ctx.tree.hasFile(posix.join(base, m.path, 'package.json')))
      b.fail({
        file: posix.join(base, m.path, 'package.json'),
        reason: 'unreadable',
        detail: 'workspace manifest missing: its dependencies are all taken as prod',
      });
  }
  linkBerryGraph({ b, file, targets, workspaceRecords, nodeRecords, members });
  b.warnUnreachable(patchBases(b));
  // A patched package shares its purl with the unpatched one; listing it first lets the merged
  // component show what is actually installed (source 'patch', the patched build's checksum).
  const ordered = [...b.nodes.values()].sort((x, y) => patchFirst(y) - patchFirst(x));
  b.nodes.clear();
  for (const n of ordered) b.nodes.set(n.id, n);
  return b.output();
}
