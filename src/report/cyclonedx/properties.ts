// CycloneDX properties for the Steward facts that have no first-class CycloneDX field. Names from
// the official CycloneDX property taxonomy (`cdx:npm:package:*`) where one exists for the fact,
// else Steward's own `steward:` namespace (documented in docs/json-schema.md). Pure data: no
// library types, so it is cheap to test.
import type { Component, Importer, Location } from '../../core/model.js';

export type PropertyPair = [name: string, value: string];

/** Steward's own property names, one place so docs and tests can list them. */
export const STEWARD_PROPERTY = {
  scope: 'steward:scope',
  direct: 'steward:direct',
  workspace: 'steward:workspace',
  ecosystem: 'steward:ecosystem',
  range: 'steward:range',
  alias: 'steward:alias',
  location: 'steward:location',
  foundBy: 'steward:found-by',
  integrity: 'steward:integrity',
  sourceType: 'steward:source:type',
  sourceCommit: 'steward:source:commit',
  sourcePath: 'steward:source:path',
  platformOs: 'steward:platform:os',
  platformCpu: 'steward:platform:cpu',
  platformLibc: 'steward:platform:libc',
  bundled: 'steward:bundled',
  importerPath: 'steward:importer:path',
  manifest: 'steward:importer:manifest',
} as const;

export const CDX_NPM = {
  development: 'cdx:npm:package:development',
  bundled: 'cdx:npm:package:bundled',
  extraneous: 'cdx:npm:package:extraneous',
  os: 'cdx:npm:package:constraint:os',
} as const;

export const formatLocation = (l: Location): string => (l.line ? `${l.file}:${l.line}` : l.file);

/** `packages/a;scopes=prod,optional;direct=true` — one value per workspace that reaches it. */
export const formatWorkspaceUse = (w: Component['workspaces'][number]): string =>
  `${w.workspace};scopes=${w.scopes.join(',')};direct=${w.direct}`;

export function componentProperties(c: Component): PropertyPair[] {
  const npm = c.ecosystem === 'npm';
  const out: PropertyPair[] = [[STEWARD_PROPERTY.ecosystem, c.ecosystem]];
  for (const s of c.scopes) out.push([STEWARD_PROPERTY.scope, s]);
  if (npm && c.scopes.includes('dev') && !c.scopes.includes('prod')) out.push([CDX_NPM.development, 'true']);
  out.push([STEWARD_PROPERTY.direct, String(c.direct)]);
  for (const w of c.workspaces) out.push([STEWARD_PROPERTY.workspace, formatWorkspaceUse(w)]);
  if (c.range !== undefined) out.push([STEWARD_PROPERTY.range, c.range]);
  for (const a of c.aliases ?? []) out.push([STEWARD_PROPERTY.alias, a]);
  for (const l of c.locations) out.push([STEWARD_PROPERTY.location, formatLocation(l)]);
  for (const p of c.foundBy) out.push([STEWARD_PROPERTY.foundBy, p]);
  if (c.integrity) out.push([STEWARD_PROPERTY.integrity, c.integrity]);
  if (c.source) {
    out.push([STEWARD_PROPERTY.sourceType, c.source.type]);
    if (c.source.commit) out.push([STEWARD_PROPERTY.sourceCommit, c.source.commit]);
    if (c.source.url && isLocalSource(c.source.type)) out.push([STEWARD_PROPERTY.sourcePath, c.source.url]);
  }
  for (const os of c.platform?.os ?? []) out.push([npm ? CDX_NPM.os : STEWARD_PROPERTY.platformOs, os]);
  for (const cpu of c.platform?.cpu ?? []) out.push([STEWARD_PROPERTY.platformCpu, cpu]);
  for (const libc of c.platform?.libc ?? []) out.push([STEWARD_PROPERTY.platformLibc, libc]);
  if (c.bundled) out.push([npm ? CDX_NPM.bundled : STEWARD_PROPERTY.bundled, 'true']);
  for (const [key, value] of Object.entries(c.properties ?? {})) {
    if (key === 'extraneous' && npm) out.push([CDX_NPM.extraneous, String(value)]);
    else out.push([`steward:${key}`, String(value)]);
  }
  return out;
}

export function importerProperties(workspace: string, importer: Importer): PropertyPair[] {
  const out: PropertyPair[] = [[STEWARD_PROPERTY.importerPath, workspace]];
  if (importer.manifest) out.push([STEWARD_PROPERTY.manifest, importer.manifest]);
  return out;
}

/** Sources whose url is a path inside the scanned tree rather than a fetchable address. */
export const isLocalSource = (type: string): boolean =>
  type === 'file' || type === 'link' || type === 'workspace' || type === 'patch';
