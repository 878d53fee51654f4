// Builds the CycloneDX model of a scan with @cyclonedx/cyclonedx-library: one library component
// per Steward component (bom-ref = purl), one application component per importer (bom-ref =
// its `importer:` reference, the scan root's importer becoming metadata.component), and the
// dependency graph from result.relationships. Loaded lazily: only `--format cyclonedx` pays for it.
import { Enums, Models, SPDX } from '@cyclonedx/cyclonedx-library';
import type { Component, Hash, ResolvedSource, Scope } from '../../core/model.js';
import type { ScanResult } from '../../core/result.js';
import { importerName, scanImporters, type ScanImporter } from '../importers.js';
import { spdxExpression } from '../license-expression.js';
import { componentProperties, importerProperties, isLocalSource, type PropertyPair } from './properties.js';

/** A known SPDX id as `license.id`, another valid expression as `expression`, else a license name. */
export function cdxLicense(declared: string, acknowledgement?: Enums.LicenseAcknowledgement): Models.License {
  const expression = spdxExpression(declared, { allowRefs: true });
  const license =
    expression === undefined
      ? new Models.NamedLicense(declared.trim())
      : SPDX.isSupportedSpdxId(expression)
        ? new Models.SpdxLicense(expression)
        : new Models.LicenseExpression(expression);
  if (acknowledgement) license.acknowledgement = acknowledgement;
  return license;
}

/** prod → required; prod only through optional edges → optional; dev only → excluded. */
export function cdxScope(scopes: Scope[]): Enums.ComponentScope | undefined {
  if (scopes.includes('prod'))
    return scopes.includes('optional') ? Enums.ComponentScope.Optional : Enums.ComponentScope.Required;
  if (scopes.includes('dev')) return Enums.ComponentScope.Excluded;
  return undefined; // reached by no importer (extraneous): unknown
}

/** npm scopes and Maven groups become CycloneDX `group`; other names stay whole. */
export function splitName(c: Pick<Component, 'ecosystem' | 'name'>): { group?: string; name: string } {
  if (c.ecosystem === 'npm' && c.name.startsWith('@') && c.name.includes('/')) {
    const slash = c.name.indexOf('/');
    return { group: c.name.slice(0, slash), name: c.name.slice(slash + 1) };
  }
  if (c.ecosystem === 'maven' && c.name.includes(':')) {
    const colon = c.name.indexOf(':');
    return { group: c.name.slice(0, colon), name: c.name.slice(colon + 1) };
  }
  return { name: c.name };
}

function addProperties(target: Models.PropertyRepository, pairs: PropertyPair[]): void {
  for (const [name, value] of pairs) target.add(new Models.Property(name, value));
}

function addHashes(model: Models.Component, hashes: Hash[], extra: PropertyPair[]): void {
  for (const h of hashes) {
    const alg = h.alg as Enums.HashAlgorithm;
    // The model keeps one value per algorithm; a conflicting second value is kept as a property.
    if (model.hashes.has(alg)) extra.push(['steward:hash', `${h.alg}:${h.value}`]);
    else model.hashes.set(alg, h.value);
  }
}

function sourceReference(source: ResolvedSource | undefined): Models.ExternalReference | undefined {
  if (!source?.url || isLocalSource(source.type)) return undefined;
  const type =
    source.type === 'git' ? Enums.ExternalReferenceType.VCS : Enums.ExternalReferenceType.Distribution;
  return new Models.ExternalReference(source.url, type, { comment: `resolved (${source.type})` });
}

function libraryComponent(c: Component): Models.Component {
  const { group, name } = splitName(c);
  const model = new Models.Component(Enums.ComponentType.Library, name, {
    bomRef: c.purl,
    purl: c.purl,
    ...(group ? { group } : {}),
    ...(c.version !== null ? { version: c.version } : {}),
  });
  const scope = cdxScope(c.scopes);
  if (scope) model.scope = scope;
  const props = componentProperties(c);
  addHashes(model, c.hashes, props);
  if (c.declaredLicense) model.licenses.add(cdxLicense(c.declaredLicense));
  // Only when nothing is declared: CycloneDX allows one expression, or several named licenses.
  else if (c.detectedLicense)
    model.licenses.add(cdxLicense(c.detectedLicense, Enums.LicenseAcknowledgement.Concluded));
  const ref = sourceReference(c.source);
  if (ref) model.externalReferences.add(ref);
  addProperties(model.properties, props);
  return model;
}

function importerComponent(i: ScanImporter): Models.Component {
  const split = splitName({ ecosystem: i.projects[0]!.ecosystem, name: importerName(i) });
  const model = new Models.Component(Enums.ComponentType.Application, split.name, {
    bomRef: i.ref,
    ...(split.group ? { group: split.group } : {}),
    ...(i.importer.version ? { version: i.importer.version } : {}),
    ...(i.importer.purl ? { purl: i.importer.purl } : {}),
  });
  addProperties(model.properties, importerProperties(i.workspace, i.importer));
  return model;
}

export function buildBom(result: ScanResult, serialNumber: string): Models.Bom {
  const bom = new Models.Bom({ serialNumber });
  bom.metadata.timestamp = new Date(result.startedAt);
  bom.metadata.tools.components.add(
    new Models.Component(Enums.ComponentType.Application, result.tool.name, { version: result.tool.version }),
  );
  const byRef = new Map<string, Models.Component>();
  for (const i of scanImporters(result)) {
    const model = importerComponent(i);
    byRef.set(i.ref, model);
    if (i.workspace === '.') bom.metadata.component = model;
    else bom.components.add(model);
  }
  for (const c of result.components) {
    const model = libraryComponent(c);
    byRef.set(c.purl, model);
    bom.components.add(model);
  }
  for (const r of result.relationships) {
    const from = byRef.get(r.from);
    const to = byRef.get(r.to);
    if (from && to) from.dependencies.add(to.bomRef);
  }
  return bom;
}
