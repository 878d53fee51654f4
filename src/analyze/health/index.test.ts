// Health inside `steward scan`: the section appears only when the scanned directory is the top of
// a repository, equals `steward health`'s figures, and feeds the policy's health rules.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeProject, NOW, tempRoot } from '../../health/__fixtures__/make-repo.js';
import { analyzeHealth } from '../../health/analyze.js';
import { scan } from '../../pipeline/scan.js';
import type { Policy } from '../../policy/types.js';
import { render } from '../../report/render.js';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const schemaFile = new URL('../../../schemas/steward-result-1.0.schema.json', import.meta.url);
const validate = addFormats(new Ajv({ allErrors: true, allowUnionTypes: true })).compile(
  JSON.parse(readFileSync(schemaFile, 'utf8')) as object,
);

let root: string;
let project: string;

beforeAll(() => {
  root = tempRoot();
  project = makeProject(root);
  mkdirSync(join(project, 'sub'));
  writeFileSync(join(project, 'sub', 'requirements.txt'), 'six==1.16.0\n');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const ruleOutcomes = (diagnostics: { code: string; params: Record<string, unknown> }[]) =>
  diagnostics.filter((d) => d.code.startsWith('policy/health') || d.code === 'policy/not-evaluated');

describe('health in steward scan', () => {
  it('adds the same figures as steward health when PATH is the top of a repository', async () => {
    const result = await scan(project, { health: { now: NOW } });
    const direct = await analyzeHealth(project, { now: NOW });
    expect(result.health).toBeDefined();
    expect(result.health!.contributors.total).toBe(direct.contributors.total);
    expect(result.health!.busFactor).toBe(3);
    expect(result.health!.releases.count).toBe(direct.releases.count);
    expect(result.health!.maturity.stage).toBe('sandbox');
    expect(result.health).not.toHaveProperty('diagnostics');
    // The scan's inventory (sub/requirements.txt) adds the pinning practice.
    expect(result.health!.practices.find((p) => p.id === 'dependencies-pinned')).toMatchObject({
      passed: true,
      value: 1,
    });
    const note = result.diagnostics.find((d) => d.code === 'health/maturity');
    expect(note?.params).toMatchObject({ stage: 'sandbox', next: 'incubating' });
    const json = JSON.parse(await render(result, 'json', { lang: 'en', color: false })) as {
      health?: object;
    };
    expect(json.health).toMatchObject({ busFactor: 3, maturity: { stage: 'sandbox' } });
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });

  it('leaves health out for a subdirectory, with health: false, and for a non-repository', async () => {
    expect((await scan(join(project, 'sub'))).health).toBeUndefined();
    expect((await scan(project, { health: false })).health).toBeUndefined();
    const plain = join(root, 'plain');
    mkdirSync(plain);
    writeFileSync(join(plain, 'requirements.txt'), 'six==1.16.0\n');
    const r = await scan(plain);
    expect(r.health).toBeUndefined();
    expect(r.diagnostics.some((d) => d.code.startsWith('health/'))).toBe(false);
  });

  it('evaluates the policy health rules from the section', async () => {
    const strict: Policy = { health: { 'minimum-stage': 'graduated', 'bus-factor': 4 } };
    const failed = ruleOutcomes((await scan(project, { health: { now: NOW }, policy: strict })).diagnostics);
    expect(failed.map((d) => [d.code, d.params])).toEqual([
      ['policy/health-stage', { required: 'graduated', stage: 'sandbox' }],
      ['policy/health-bus-factor', { required: 4, actual: 3 }],
    ]);
    const lenient: Policy = { health: { 'minimum-stage': 'sandbox', 'bus-factor': 3 } };
    expect(
      ruleOutcomes((await scan(project, { health: { now: NOW }, policy: lenient })).diagnostics),
    ).toEqual([]);
    const none = ruleOutcomes((await scan(project, { health: false, policy: strict })).diagnostics);
    expect(none.map((d) => d.params.reason)).toEqual(['no-health-data', 'no-health-data']);
  });
});
