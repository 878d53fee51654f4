// The policy gate through the built CLI, as CI runs it: exit 1 with a short summary on a
// violation, 2 for a bad policy or baseline, and --fail-on and --baseline changing the decision.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const bin = new URL('../../../bin/steward.js', import.meta.url).pathname;
const features = new URL('../../ecosystems/npm/__fixtures__/features-v3', import.meta.url).pathname;
let dir: string;

async function steward(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], {
      env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: join(dir, 'cache'), STEWARD_LANG: 'en' },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'steward-gate-'));
});

describe('steward scan --policy', () => {
  it('exits 1 and says which rules failed', async () => {
    const out = join(dir, 'a.json');
    const r = await steward([
      'scan',
      features,
      '--policy',
      'enterprise-distribution',
      '-f',
      'json',
      '-o',
      out,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error[policy/source-git]: git-dep@1.0.0: fetched from git');
    expect(r.stderr).toMatch(
      /policy enterprise-distribution: 2 violations \(inventory\.git-sources 1, inventory\.tarball-sources 1\)/,
    );
    // The report is still written, with the violations in it.
    const codes = (
      JSON.parse(readFileSync(out, 'utf8')) as { diagnostics: { code: string }[] }
    ).diagnostics.map((d) => d.code);
    expect(codes).toContain('policy/source-tarball');
  });

  it('passes with --fail-on never and reports rules it could not evaluate', async () => {
    const r = await steward([
      'scan',
      features,
      '--policy',
      'foundation-incubation',
      '-f',
      'json',
      '-o',
      join(dir, 'b.json'),
      '--fail-on',
      'never',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('vulnerabilities.severity (no-vulnerability-database)');
    expect(r.stderr).toContain('health.bus-factor (no-health-data)');
  });

  it('finds steward.yaml at the scan root by default', async () => {
    const root = join(dir, 'project');
    cpSync(features, root, { recursive: true });
    writeFileSync(join(root, 'steward.yaml'), 'inventory:\n  git-sources: fail\n');
    const r = await steward(['scan', root, '-f', 'json', '-o', join(dir, 'c.json'), '-q']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('1 violations (inventory.git-sources 1)');
    // Quiet mode still names the violation, since nothing else was printed.
    expect(r.stderr).toContain('git-dep@1.0.0');
  });

  it('exits 2 on an invalid policy, naming the file, line and key', async () => {
    const file = join(dir, 'typo.yaml');
    writeFileSync(file, 'extends: permissive-only\nlicenses:\n  alow: [MIT]\n');
    const r = await steward(['scan', features, '--policy', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `steward: invalid policy: ${file}:3: licenses.alow: unknown key; did you mean "allow"?\n`,
    );
  });

  it('speaks Chinese when asked', async () => {
    const r = await steward([
      'scan',
      features,
      '--policy',
      'enterprise-distribution',
      '-f',
      'json',
      '-o',
      join(dir, 'd.json'),
      '--lang',
      'zh-CN',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('策略 enterprise-distribution：2 项违规');
  });
});

describe('steward scan --baseline', () => {
  it('gates only on violations the baseline does not have', async () => {
    const base = join(dir, 'base.json');
    await steward(['scan', features, '-f', 'json', '-o', base]);
    const r = await steward([
      'scan',
      features,
      '--policy',
      'enterprise-distribution',
      '--baseline',
      base,
      '-f',
      'json',
      '-o',
      join(dir, 'e.json'),
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('2 violations already in the baseline were not counted');
  });

  it('still fails on a violation that is new since the baseline', async () => {
    const base = join(dir, 'base-old.json');
    await steward(['scan', features, '-f', 'json', '-o', base]);
    const old = JSON.parse(readFileSync(base, 'utf8')) as { components: { name: string }[] };
    old.components = old.components.filter((c) => c.name !== 'git-dep');
    writeFileSync(base, JSON.stringify(old));
    const r = await steward([
      'scan',
      features,
      '--policy',
      'enterprise-distribution',
      '--baseline',
      base,
      '-f',
      'json',
      '-o',
      join(dir, 'f.json'),
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('1 violations (inventory.git-sources 1)');
  });

  it('refuses a baseline from another result schema version with exit 2', async () => {
    const base = join(dir, 'base-v0.json');
    await steward(['scan', features, '-f', 'json', '-o', base]);
    const old = JSON.parse(readFileSync(base, 'utf8')) as { schemaVersion: string };
    old.schemaVersion = '0.9';
    writeFileSync(base, JSON.stringify(old));
    const r = await steward(['scan', features, '--policy', 'permissive-only', '--baseline', base]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`baseline ${base}: result schema version 0.9; this steward reads 1.0`);
  });

  it('--fail-on SEVERITY alone gates on vulnerabilities, and says it could not check them without a database', async () => {
    const r = await steward(['scan', features, '--fail-on', 'high', '-f', 'json', '-o', join(dir, 'g.json')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('vulnerabilities.severity (no-vulnerability-database)');
    expect(r.stderr).toContain('policy --fail-on high: passed');
  });

  it('refuses --baseline without a policy', async () => {
    const r = await steward(['scan', features, '--baseline', join(dir, 'base.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--baseline needs a policy');
  });
});
