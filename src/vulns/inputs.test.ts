// SBOM and suppression inputs on their own: what is accepted, what is refused with a reason.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../pipeline/scan.js';
import { importPath } from './db/import.js';
import { createVulnsAnalyzer } from '../analyze/vulns/index.js';
import { dependencyPath, readSbom, SbomError } from './sbom-input.js';
import { parsePolicyText } from '../policy/load.js';
import { isExpired, readVex, suppressionFor } from './suppress.js';
import type { VulnFinding } from './match.js';

const finding = (id: string, aliases: string[], purl: string) => ({ id, aliases, purl }) as VulnFinding;

describe('SBOM input', () => {
  it('refuses CycloneDX versions before 1.4, other SPDX versions and non-SBOM JSON', () => {
    expect(() => readSbom(JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.3' }))).toThrow(
      /1\.3 is not supported/,
    );
    expect(() => readSbom(JSON.stringify({ spdxVersion: 'SPDX-3.0' }))).toThrow(SbomError);
    expect(() => readSbom('{"name": "package.json?"}')).toThrow(/neither a CycloneDX nor an SPDX/);
    expect(() => readSbom('{')).toThrow(/not valid JSON/);
  });

  it('reads nested CycloneDX components and finds the shortest path from a direct dependency', () => {
    const sbom = readSbom(
      JSON.stringify({
        bomFormat: 'CycloneDX',
        specVersion: '1.7',
        metadata: { component: { 'bom-ref': 'app' } },
        components: [
          {
            'bom-ref': 'a',
            purl: 'pkg:npm/a@1.0.0',
            components: [{ 'bom-ref': 'c', purl: 'pkg:npm/c@1.0.0' }],
          },
          { 'bom-ref': 'b', purl: 'pkg:npm/b@1.0.0' },
        ],
        dependencies: [
          { ref: 'app', dependsOn: ['a', 'b'] },
          { ref: 'a', dependsOn: ['c'] },
          { ref: 'b', dependsOn: ['a'] },
        ],
      }),
    );
    expect(sbom.purls).toEqual(['pkg:npm/a@1.0.0', 'pkg:npm/c@1.0.0', 'pkg:npm/b@1.0.0']);
    expect(dependencyPath('pkg:npm/c@1.0.0', sbom.edges, sbom.roots)).toEqual([
      'pkg:npm/a@1.0.0',
      'pkg:npm/c@1.0.0',
    ]);
    expect(dependencyPath('pkg:npm/zzz@1.0.0', sbom.edges, sbom.roots)).toEqual([]);
  });
});

describe('suppressions', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  it("suppresses by the policy file's ignores, by id or alias, until they expire", () => {
    const policy = parsePolicyText(
      'ignore:\n  - id: CVE-1\n    reason: not reachable\nvulnerabilities:\n  ignore:\n    - id: GHSA-2\n      reason: waived\n      expires: 2026-01-31\n',
      'steward.yaml',
    );
    const rules = policy.vulnerabilities?.ignore ?? [];
    expect(rules).toEqual([
      { id: 'CVE-1', reason: 'not reachable' },
      { id: 'GHSA-2', reason: 'waived', expires: '2026-01-31' },
    ]);
    expect(isExpired(rules[1]!, now)).toBe(true);
    expect(suppressionFor(finding('GHSA-2', [], 'pkg:npm/a@1'), rules, [], now)).toBeNull();
    expect(suppressionFor(finding('GHSA-9', ['CVE-1'], 'pkg:npm/a@1'), rules, [], now)).toEqual({
      by: 'ignore',
      reason: 'not reachable',
    });
  });

  it('applies CycloneDX VEX not_affected to the named component only, with its justification', () => {
    const vex = readVex(
      JSON.stringify({
        bomFormat: 'CycloneDX',
        specVersion: '1.6',
        components: [{ 'bom-ref': 'x', purl: 'pkg:npm/a@1.0.0' }],
        vulnerabilities: [
          {
            id: 'CVE-7',
            analysis: { state: 'not_affected', justification: 'code_not_reachable' },
            affects: [{ ref: 'x' }],
          },
          { id: 'CVE-8', analysis: { state: 'exploitable' }, affects: [{ ref: 'x' }] },
        ],
      }),
      'vex.json',
    );
    expect(suppressionFor(finding('GHSA-7', ['CVE-7'], 'pkg:npm/a@1.0.0'), [], vex, now)).toEqual({
      by: 'vex',
      source: 'vex.json',
      reason: 'code_not_reachable',
    });
    expect(suppressionFor(finding('GHSA-7', ['CVE-7'], 'pkg:npm/a@2.0.0'), [], vex, now)).toBeNull();
    expect(suppressionFor(finding('CVE-8', [], 'pkg:npm/a@1.0.0'), [], vex, now)).toBeNull();
    expect(() => readVex('{"hello": 1}', 'x.json')).toThrow(/neither an OpenVEX nor a CycloneDX VEX/);
  });
});

describe('scan analyzer', () => {
  it('reports affected components of a scanned tree as diagnostics, high severity as errors', async () => {
    const src = await mkdtemp(join(tmpdir(), 'steward-analyzer-'));
    await writeFile(
      join(src, 'ms.json'),
      JSON.stringify({
        id: 'GHSA-ms',
        modified: '2024-01-01T00:00:00Z',
        severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H' }],
        affected: [
          {
            package: { ecosystem: 'npm', name: 'ms' },
            ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '2.1.4' }] }],
          },
        ],
      }),
    );
    const db = join(src, 'db');
    await importPath(db, join(src, 'ms.json'));
    const tree = join(import.meta.dirname, '..', 'ecosystems', 'npm', '__fixtures__', 'realistic-v3');
    const result = await scan(tree, { analyzers: [createVulnsAnalyzer(db)] });
    const vulns = result.diagnostics.filter((d) => d.code === 'vuln/affected');
    expect(vulns.map((d) => d.component).sort()).toEqual(['pkg:npm/ms@2.0.0', 'pkg:npm/ms@2.1.3']);
    expect(vulns.every((d) => d.severity === 'error' && d.params.fixed === '2.1.4')).toBe(true);
  });

  it('adds one note and nothing else when there is no database, or none is configured', async () => {
    const inventory = { components: [], projects: [], relationships: [] };
    for (const vulnDb of ['/nonexistent/steward-db', undefined]) {
      const out = await createVulnsAnalyzer(vulnDb).analyze({ inventory, ctx: {} as never });
      expect(out.map((d) => [d.code, d.severity, d.params.dir])).toEqual([
        ['vuln/no-database', 'note', vulnDb ?? '-'],
      ]);
    }
  });
});
