// Serializes the CycloneDX model to JSON and refuses to return a document that is not valid: a
// completeness check against the scan, then the library's JSON-schema validator for the chosen
// spec version (schemas bundled in the package; remote schema loading is disabled, so it works
// offline). Validators are built once per version and reused.
import { randomUUID } from 'node:crypto';
import { Serialize, Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { ReportError } from '../../core/analyzer.js';
import type { ScanResult } from '../../core/result.js';
import { buildBom } from './build-bom.js';
import { checkBom, type CdxDocument } from './check-bom.js';

export const CYCLONEDX_VERSIONS = ['1.6', '1.7'] as const;
export type CycloneDxVersion = (typeof CYCLONEDX_VERSIONS)[number];

const SPEC_VERSION: Record<CycloneDxVersion, Spec.Version> = {
  '1.6': Spec.Version.v1dot6,
  '1.7': Spec.Version.v1dot7,
};

const validators = new Map<CycloneDxVersion, Validation.JsonValidator>();

function specVersion(requested: string | undefined): CycloneDxVersion {
  const v = requested ?? '1.6';
  if ((CYCLONEDX_VERSIONS as readonly string[]).includes(v)) return v as CycloneDxVersion;
  throw new ReportError('cyclonedx', `unsupported CycloneDX spec version ${v}`, [
    `supported: ${CYCLONEDX_VERSIONS.join(', ')}`,
  ]);
}

/** Components (and dependency entries) per slice handed to the schema validator. */
const SLICE = 250;

interface SliceableBom {
  components?: { 'bom-ref'?: string }[];
  dependencies?: { ref?: string }[];
  [key: string]: unknown;
}

const allDistinct = (refs: (string | undefined)[]): boolean =>
  refs.every((r) => r !== undefined) && new Set(refs).size === refs.length;

/**
 * The documents to validate. The schema's `uniqueItems` on `components` and `dependencies` is
 * checked by the validator pairwise (quadratic: about 5 s for 5,000 components). When every
 * component's bom-ref and every dependency entry's ref is distinct — checked here in linear time —
 * the items are necessarily distinct, and every other constraint applies item by item, so
 * validating the document in slices (metadata with the first) proves exactly what validating it
 * whole would. Otherwise the whole document is validated and the validator reports the duplicates.
 */
function slices(text: string): string[] {
  const doc = JSON.parse(text) as SliceableBom;
  const components = doc.components ?? [];
  const dependencies = doc.dependencies ?? [];
  if (Math.max(components.length, dependencies.length) <= SLICE) return [text];
  if (!allDistinct(components.map((c) => c['bom-ref'])) || !allDistinct(dependencies.map((d) => d.ref)))
    return [text];
  const { bomFormat, specVersion, version } = doc;
  const out: string[] = [];
  for (let i = 0; i < Math.max(components.length, dependencies.length); i += SLICE) {
    const part: SliceableBom = i === 0 ? { ...doc } : { bomFormat, specVersion, version };
    if (doc.components) part.components = components.slice(i, i + SLICE);
    if (doc.dependencies) part.dependencies = dependencies.slice(i, i + SLICE);
    out.push(JSON.stringify(part));
  }
  return out;
}

/** Validates CycloneDX JSON text against the official schema of `version`; throws ReportError. */
export async function validateCycloneDx(text: string, version: CycloneDxVersion): Promise<void> {
  let validator = validators.get(version);
  if (!validator) validators.set(version, (validator = new Validation.JsonValidator(SPEC_VERSION[version])));
  for (const part of slices(text)) reportErrors(await validator.validate(part), version);
}

function reportErrors(errors: unknown, version: CycloneDxVersion): void {
  if (errors === null) return;
  const details = Array.isArray(errors)
    ? errors.map((e: { instancePath?: string; message?: string }) =>
        `${e.instancePath || '/'} ${e.message ?? ''}`.trim(),
      )
    : [JSON.stringify(errors)];
  throw new ReportError('cyclonedx', `the CycloneDX ${version} document is not valid`, details);
}

export async function renderCycloneDx(result: ScanResult, requested: string | undefined): Promise<string> {
  const version = specVersion(requested);
  const spec = Spec.SpecVersionDict[SPEC_VERSION[version]];
  if (!spec) throw new ReportError('cyclonedx', `CycloneDX ${version} is not implemented by the library`);
  const serializer = new Serialize.JsonSerializer(new Serialize.JSON.Normalize.Factory(spec));
  const text = serializer.serialize(buildBom(result, `urn:uuid:${randomUUID()}`), {
    sortLists: true,
    space: 2,
  });
  const problems = checkBom(JSON.parse(text) as CdxDocument, result);
  if (problems.length)
    throw new ReportError('cyclonedx', 'the CycloneDX document would not match the scan', problems);
  await validateCycloneDx(text, version);
  return text + '\n';
}
