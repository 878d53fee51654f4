// Builds an SPDX 2.3 JSON document from a scan: one package per component and per importer,
// DESCRIBES for each project root, CONTAINS from a root to its workspace members, and one
// relationship per dependency edge, in the direction each SPDX relationship type defines
// (A DEPENDS_ON B; B DEV_DEPENDENCY_OF A; B OPTIONAL_DEPENDENCY_OF A).
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { workspacePath } from '../../core/inventory.js';
import type { Component, Hash, Relationship, ResolvedSource } from '../../core/model.js';
import type { ScanResult } from '../../core/result.js';
import { importerName, scanImporters, type ScanImporter } from '../importers.js';
import { spdxExpression } from '../license-expression.js';
import { SpdxIds } from './spdx-ids.js';
import type { SpdxChecksum, SpdxDocument, SpdxPackage, SpdxRelationship } from './types.js';

const NOASSERTION = 'NOASSERTION';

const CHECKSUM_ALG: Record<Hash['alg'], SpdxChecksum['algorithm']> = {
  'SHA-1': 'SHA1',
  'SHA-256': 'SHA256',
  'SHA-384': 'SHA384',
  'SHA-512': 'SHA512',
  MD5: 'MD5',
};

/** SPDX download location: a fetchable URL, VCS as `git+<url>@<commit>`, else NOASSERTION. */
export function downloadLocation(source: ResolvedSource | undefined): string {
  if (!source?.url) return NOASSERTION;
  if (source.type === 'git') {
    const [base = '', fragment] = source.url.split('#', 2);
    const vcs = /^git\+/.test(base) ? base : `git+${base}`;
    const rev = source.commit ?? fragment;
    return rev ? `${vcs}@${rev}` : vcs;
  }
  if ((source.type === 'registry' || source.type === 'tarball') && /^https?:\/\//.test(source.url))
    return source.url;
  return NOASSERTION;
}

function componentComment(c: Component): string {
  const parts = [
    `scopes: ${c.scopes.join(', ') || 'none (not reached from any project)'}`,
    `direct: ${c.direct}`,
  ];
  if (c.workspaces.length) parts.push(`workspaces: ${c.workspaces.map((w) => w.workspace).join(', ')}`);
  if (c.version === null) parts.push(`unresolved, declared range: ${c.range ?? 'unknown'}`);
  if (c.aliases?.length) parts.push(`aliases: ${c.aliases.join(', ')}`);
  if (c.locations.length)
    parts.push(`locations: ${c.locations.map((l) => (l.line ? `${l.file}:${l.line}` : l.file)).join(', ')}`);
  return parts.join('; ');
}

function componentPackage(c: Component, id: string): SpdxPackage {
  const declared = c.declaredLicense ? spdxExpression(c.declaredLicense) : undefined;
  const concluded = c.detectedLicense ? spdxExpression(c.detectedLicense) : undefined;
  const pkg: SpdxPackage = {
    SPDXID: id,
    name: c.name,
    ...(c.version !== null ? { versionInfo: c.version } : {}),
    downloadLocation: downloadLocation(c.source),
    filesAnalyzed: false,
    licenseConcluded: concluded ?? NOASSERTION,
    licenseDeclared: declared ?? NOASSERTION,
    copyrightText: NOASSERTION,
    externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: c.purl }],
    primaryPackagePurpose: 'LIBRARY',
    comment: componentComment(c),
  };
  if (c.hashes.length)
    pkg.checksums = c.hashes.map((h) => ({
      algorithm: CHECKSUM_ALG[h.alg],
      checksumValue: h.value.toLowerCase(),
    }));
  if (c.declaredLicense && !declared)
    pkg.licenseComments = `Declared license as found, not a valid SPDX expression: ${JSON.stringify(c.declaredLicense)}`;
  return pkg;
}

function importerPackage(i: ScanImporter, id: string): SpdxPackage {
  const pkg: SpdxPackage = {
    SPDXID: id,
    name: importerName(i),
    ...(i.importer.version ? { versionInfo: i.importer.version } : {}),
    downloadLocation: NOASSERTION,
    filesAnalyzed: false,
    licenseConcluded: NOASSERTION,
    licenseDeclared: NOASSERTION,
    copyrightText: NOASSERTION,
    primaryPackagePurpose: 'APPLICATION',
    comment: `project directory: ${i.workspace}; declared in: ${i.projects.map((p) => p.source).join(', ')}`,
  };
  if (i.importer.purl)
    pkg.externalRefs = [
      { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: i.importer.purl },
    ];
  return pkg;
}

/** The SPDX relationship for one dependency edge, in the direction its type reads. */
export function edgeRelationship(r: Relationship, from: string, to: string): SpdxRelationship {
  switch (r.kind) {
    case 'dev':
      return { spdxElementId: to, relationshipType: 'DEV_DEPENDENCY_OF', relatedSpdxElement: from };
    case 'optional':
      return { spdxElementId: to, relationshipType: 'OPTIONAL_DEPENDENCY_OF', relatedSpdxElement: from };
    case 'peer':
      return {
        spdxElementId: from,
        relationshipType: 'DEPENDS_ON',
        relatedSpdxElement: to,
        comment: 'peer dependency',
      };
    default:
      return { spdxElementId: from, relationshipType: 'DEPENDS_ON', relatedSpdxElement: to };
  }
}

/** The importer at its project's own directory (the lockfile's directory), not a workspace member. */
const isProjectRoot = (i: ScanImporter): boolean =>
  i.projects.some((p) => workspacePath(p.source, '.') === i.workspace);

function documentName(result: ScanResult, importers: ScanImporter[]): string {
  const root = importers.find((i) => i.workspace === '.');
  if (root) return importerName(root);
  return basename(result.root) || 'steward-scan';
}

export function buildDocument(result: ScanResult, uuid: string = randomUUID()): SpdxDocument {
  const ids = new SpdxIds();
  const importers = scanImporters(result);
  const packages: SpdxPackage[] = [];
  for (const i of importers)
    packages.push(
      importerPackage(i, ids.id(i.ref, `Importer-${i.workspace === '.' ? 'root' : i.workspace}`)),
    );
  for (const c of result.components)
    packages.push(componentPackage(c, ids.id(c.purl, `Package-${c.purl.replace(/^pkg:/, '')}`)));

  const relationships: SpdxRelationship[] = [];
  const roots = importers.filter(isProjectRoot);
  for (const root of roots)
    relationships.push({
      spdxElementId: 'SPDXRef-DOCUMENT',
      relationshipType: 'DESCRIBES',
      relatedSpdxElement: ids.get(root.ref)!,
    });
  for (const member of importers.filter((i) => !isProjectRoot(i))) {
    const root = roots.find((r) => member.projects.some((p) => r.projects.includes(p)));
    if (root)
      relationships.push({
        spdxElementId: ids.get(root.ref)!,
        relationshipType: 'CONTAINS',
        relatedSpdxElement: ids.get(member.ref)!,
      });
  }
  const edges: SpdxRelationship[] = [];
  for (const r of result.relationships) {
    const from = ids.get(r.from);
    const to = ids.get(r.to);
    if (from && to) edges.push(edgeRelationship(r, from, to));
  }
  edges.sort(
    (a, b) =>
      a.spdxElementId.localeCompare(b.spdxElementId) ||
      a.relationshipType.localeCompare(b.relationshipType) ||
      a.relatedSpdxElement.localeCompare(b.relatedSpdxElement),
  );
  const name = documentName(result, importers);
  return {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name,
    documentNamespace: `https://spdx.org/spdxdocs/steward-${encodeURIComponent(name)}-${uuid}`,
    creationInfo: {
      created: new Date(result.startedAt).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      creators: [`Tool: steward-${result.tool.version}`],
    },
    packages,
    relationships: [...relationships, ...edges],
  };
}
