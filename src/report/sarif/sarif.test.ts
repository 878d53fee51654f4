// SARIF output of real scans, validated against the official SARIF 2.1.0 schema (draft-04, with
// ajv-draft-04), and checked for what code-scanning UIs rely on: rule metadata, English messages,
// file and line locations in lockfiles, stable fingerprints.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ajvDraft04 from 'ajv-draft-04';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../core/result.js';
import { scan } from '../../pipeline/scan.js';
import { presetPolicy } from '../../policy/load.js';
import { scanHealthProject, type HealthScan } from '../__fixtures__/health-scan.js';
import { render } from '../render.js';

const schema = JSON.parse(
  readFileSync(new URL('../../../test/schemas/sarif-2.1.0.schema.json', import.meta.url), 'utf8'),
) as object;
// A CommonJS package: under NodeNext its class is the default export's `default`.
const validate = new ajvDraft04.default({ allErrors: true, strict: false }).compile(schema);
const fixture = (rel: string) => new URL(`../../ecosystems/${rel}`, import.meta.url).pathname;

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations?: {
    physicalLocation?: { artifactLocation: { uri: string }; region?: { startLine: number } };
    logicalLocations?: { fullyQualifiedName: string }[];
  }[];
  properties: { code: string; params: Record<string, unknown> };
}
interface SarifRule {
  id: string;
  help: { text: string };
  shortDescription: { text: string };
  fullDescription: { text: string };
  defaultConfiguration: { level: string };
  properties: { category: string };
}
interface SarifRun {
  tool: { driver: { rules: SarifRule[] } };
  results: SarifResult[];
}

let features: ScanResult;
let openeuler: ScanResult;
let health: HealthScan;

beforeAll(async () => {
  process.env.XDG_CACHE_HOME = mkdtempSync(join(tmpdir(), 'steward-sarif-cache-'));
  features = await scan(fixture('npm/__fixtures__/features-v3'), {
    policy: presetPolicy('enterprise-distribution')!,
  });
  openeuler = await scan(fixture('os-packages/__fixtures__/openeuler-rootfs'), {
    rootfs: true,
    policy: presetPolicy('permissive-only')!,
  });
  health = await scanHealthProject({ health: { 'minimum-stage': 'incubating', 'bus-factor': 5 } });
});
afterAll(() => health?.cleanup());

async function sarif(result: ScanResult, lang: 'en' | 'zh-CN' = 'en'): Promise<SarifRun> {
  const doc = JSON.parse(await render(result, 'sarif', { lang, color: false })) as { runs: SarifRun[] };
  const ok = validate(doc);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
  return doc.runs[0]!;
}

describe('sarif reporter', () => {
  it('is valid SARIF 2.1.0 with a rule, with help text, for every result', async () => {
    for (const result of [features, openeuler]) {
      const run = await sarif(result);
      expect(run.results.length).toBe(result.diagnostics.length);
      for (const r of run.results) {
        const rule = run.tool.driver.rules[r.ruleIndex]!;
        expect(rule.id).toBe(r.ruleId);
        expect(rule.help.text.length).toBeGreaterThan(40);
      }
    }
  });

  it('places a policy violation on the lockfile line of the package', async () => {
    const run = await sarif(features);
    const git = run.results.find((r) => r.ruleId === 'policy/source-git')!;
    expect(git.level).toBe('error');
    expect(git.message.text).toMatch(/^git-dep@1\.0\.0: fetched from git \(git\+file:/);
    const where = git.locations![0]!;
    expect(where.physicalLocation!.artifactLocation.uri).toBe('package-lock.json');
    const lock = readFileSync(
      join(fixture('npm/__fixtures__/features-v3'), 'package-lock.json'),
      'utf8',
    ).split('\n');
    expect(lock[where.physicalLocation!.region!.startLine - 1]).toContain('git-dep');
    expect(where.logicalLocations![0]!.fullyQualifiedName).toMatch(/^pkg:npm\/git-dep@1\.0\.0/);
  });

  it('keeps English messages under --lang zh-CN, with code and parameters in properties', async () => {
    const run = await sarif(openeuler, 'zh-CN');
    const copyleft = run.results.find((r) => r.ruleId === 'policy/copyleft-in-prod')!;
    expect(copyleft.message.text).toContain('is allowed only in dev dependencies');
    expect(copyleft.properties.code).toBe('policy/copyleft-in-prod');
    expect(copyleft.properties.params.license).toMatch(/GPL-2\.0-or-later/);
  });

  it('a scan with no findings is still a valid log with an empty rule list', async () => {
    const run = await sarif({ ...features, diagnostics: [] });
    expect(run.results).toEqual([]);
    expect(run.tool.driver.rules).toEqual([]);
  });

  it('the schema check itself rejects a malformed log (a level SARIF does not define)', async () => {
    const doc = JSON.parse(await render(features, 'sarif', { lang: 'en', color: false })) as {
      runs: { results: { level: string }[] }[];
    };
    doc.runs[0]!.results[0]!.level = 'fatal';
    expect(validate(doc)).toBe(false);
  });

  it('reports health policy violations with rule metadata, help text and a location', async () => {
    const run = await sarif(health.result);
    const byRule = (id: string) => run.results.filter((r) => r.ruleId === id);
    const stage = byRule('policy/health-stage');
    const bus = byRule('policy/health-bus-factor');
    expect(stage).toHaveLength(1);
    expect(bus).toHaveLength(1);
    expect(stage[0]!.level).toBe('error');
    expect(stage[0]!.message.text).toBe(
      'maturity stage sandbox is below the incubating stage the policy requires',
    );
    expect(bus[0]!.message.text).toBe('bus factor 3 is below the policy minimum of 5');
    expect(bus[0]!.properties.params).toEqual({ required: 5, actual: 3 });
    for (const r of [...stage, ...bus, ...byRule('health/maturity')]) {
      const rule = run.tool.driver.rules[r.ruleIndex]!;
      expect(rule.id).toBe(r.ruleId);
      expect(rule.properties.category).toBe(r.ruleId.split('/')[0]);
      // GitHub code scanning refuses a whole log when one result has no location: project-level
      // findings are shown at the project's lockfile.
      expect(r.locations![0]!.physicalLocation!.artifactLocation.uri).toBe('package-lock.json');
    }
    const help = (id: string) => run.tool.driver.rules.find((r) => r.id === id)!;
    expect(help('policy/health-stage').help.text).toMatch(/minimum-stage.*steward health/s);
    expect(help('policy/health-stage').defaultConfiguration.level).toBe('error');
    expect(help('policy/health-bus-factor').help.text).toMatch(/bus-factor.*maintainers/s);
    expect(help('health/maturity').help.text).toMatch(/maturity stage/);
    expect(help('health/maturity').defaultConfiguration.level).toBe('note');
  });

  it('every result of a scan with health and a policy has a location', async () => {
    for (const result of [health.result, features]) {
      const run = await sarif(result);
      for (const r of run.results) expect(r.locations?.[0]?.physicalLocation, r.ruleId).toBeDefined();
    }
  });
});
