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

/** Validates CycloneDX JSON text against the official schema of `version`; throws ReportError. */
export async function validateCycloneDx(text: string, version: CycloneDxVersion): Promise<void> {
  let validator = validators.get(version);
  if (!validator) validators.set(version, (validator = new Validation.JsonValidator(SPEC_VERSION[version])));
  const errors = await validator.validate(text);
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
