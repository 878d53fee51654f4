// Checks an SPDX document for what its JSON schema cannot see: SPDXIDs well-formed and unique,
// every relationship naming an element of the document, every license field a valid SPDX
// expression or NOASSERTION, checksums of the right length, and one relationship per dependency
// edge of the scan. The reporter refuses to return a document with any problem.
import type { ScanResult } from '../../core/result.js';
import { spdxExpression } from '../license-expression.js';
import { SPDX_ID_PATTERN } from './spdx-ids.js';
import type { SpdxDocument } from './types.js';

const HEX_LENGTH: Record<string, number> = { SHA1: 40, SHA256: 64, SHA384: 96, SHA512: 128, MD5: 32 };

const validLicense = (value: string): boolean =>
  value === 'NOASSERTION' || value === 'NONE' || spdxExpression(value) === value;

export function checkDocument(doc: SpdxDocument, result: ScanResult): string[] {
  const problems: string[] = [];
  const ids = new Set<string>([doc.SPDXID]);
  for (const p of doc.packages) {
    if (!SPDX_ID_PATTERN.test(p.SPDXID)) problems.push(`SPDXID ${JSON.stringify(p.SPDXID)} is malformed`);
    if (ids.has(p.SPDXID)) problems.push(`SPDXID ${p.SPDXID} is used twice`);
    ids.add(p.SPDXID);
    for (const field of ['licenseDeclared', 'licenseConcluded'] as const)
      if (!validLicense(p[field]))
        problems.push(`${field} of ${p.SPDXID} is not a valid SPDX expression: ${p[field]}`);
    for (const c of p.checksums ?? [])
      if (!new RegExp(`^[0-9a-f]{${HEX_LENGTH[c.algorithm]}}$`).test(c.checksumValue))
        problems.push(
          `checksum ${c.algorithm} of ${p.SPDXID} is not a valid digest: ${JSON.stringify(c.checksumValue)}`,
        );
  }
  for (const r of doc.relationships)
    for (const id of [r.spdxElementId, r.relatedSpdxElement])
      if (!ids.has(id)) problems.push(`relationship ${r.relationshipType} names unknown element ${id}`);
  const dependencyTypes = new Set(['DEPENDS_ON', 'DEV_DEPENDENCY_OF', 'OPTIONAL_DEPENDENCY_OF']);
  const written = doc.relationships.filter((r) => dependencyTypes.has(r.relationshipType)).length;
  if (written !== result.relationships.length)
    problems.push(
      `${result.relationships.length} dependency edges in the scan but ${written} relationships written`,
    );
  return problems;
}
