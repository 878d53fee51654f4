// `steward audit` and `steward db` end to end, through the built CLI as users run it: a source
// tree and SBOMs (written by Steward's own CycloneDX and SPDX reporters) against a database
// imported here, with ignores, VEX, a stale database — and a trap that fails the test if audit
// attempts any network access.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'steward.js');
const TREE = join(ROOT, 'src', 'ecosystems', 'npm', '__fixtures__', 'realistic-v3');

const TRAP = `import net from 'node:net';
import dns from 'node:dns';
const trap = (what) => function () { process.stderr.write('NETWORK-ATTEMPT ' + what + '\\n'); throw new Error('network disabled'); };
net.Socket.prototype.connect = trap('connect');
dns.lookup = trap('dns');
globalThis.fetch = trap('fetch');
`;

let work = '';
let db = '';
let trapUrl = '';

function steward(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--import', trapUrl, BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, STEWARD_LANG: 'en', NO_COLOR: '1', ...env },
  });
  expect(r.stderr).not.toContain('NETWORK-ATTEMPT');
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const osv = (id: string, name: string, events: unknown[], extra: Record<string, unknown> = {}) => ({
  id,
  modified: '2024-05-01T00:00:00Z',
  affected: [{ package: { ecosystem: 'npm', name }, ranges: [{ type: 'SEMVER', events }] }],
  ...extra,
});

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'steward-audit-'));
  db = join(work, 'db');
  trapUrl = pathToFileURL(join(work, 'trap.mjs')).href;
  await writeFile(join(work, 'trap.mjs'), TRAP);
  const records = join(work, 'records');
  await (await import('node:fs/promises')).mkdir(records);
  await writeFile(
    join(records, 'GHSA-ms.json'),
    JSON.stringify(
      osv('GHSA-ms', 'ms', [{ introduced: '2.0.0' }, { fixed: '2.1.4' }], {
        aliases: ['CVE-2099-0001'],
        summary: 'Regular expression denial of service',
        severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H' }],
      }),
    ),
  );
  await writeFile(
    join(records, 'CVE-2099-0001.json'),
    JSON.stringify(osv('CVE-2099-0001', 'ms', [{ introduced: '0' }, { fixed: '2.1.4' }])),
  );
  await writeFile(
    join(records, 'GHSA-express.json'),
    JSON.stringify(osv('GHSA-express', 'express', [{ introduced: '4.0.0' }, { last_affected: '4.99.0' }])),
  );
  await writeFile(
    join(records, 'GHSA-safe.json'),
    JSON.stringify(osv('GHSA-safe', 'express', [{ introduced: '5.0.0' }])),
  );
  const imported = steward(['db', 'import', records, '--db', db]);
  expect(imported.code).toBe(0);
  expect(imported.stdout).toContain('4 added');
});

describe('steward audit', () => {
  it('reports each vulnerability once with id, aliases, purl, fixed and a dependency path', async () => {
    const r = steward(['audit', TREE, '--db', db, '--format', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    const ms = out.vulnerabilities.filter((v: { purl: string }) => v.purl.startsWith('pkg:npm/ms@'));
    expect(ms.length).toBeGreaterThan(0);
    for (const v of ms) {
      expect(v.id).toBe('GHSA-ms');
      expect(v.aliases).toEqual(['CVE-2099-0001']);
      expect(v.fixed).toEqual(['2.1.4']);
      expect(v.smallestFix).toBe('2.1.4');
      expect(v.severity[0]).toMatchObject({ type: 'CVSS_V3', score: 7.5 });
      expect(v.path.at(-1)).toBe(v.purl);
    }
    const express = out.vulnerabilities.find((v: { id: string }) => v.id === 'GHSA-express');
    expect(express.purl).toMatch(/^pkg:npm\/express@4\./);
    expect(express.smallestFix).toBeNull();
    expect(out.vulnerabilities.some((v: { id: string }) => v.id === 'GHSA-safe')).toBe(false);
  });

  it.each(['cyclonedx', 'spdx'])('audits a %s SBOM by purl with the same findings', async (format) => {
    const sbom = join(work, `sbom.${format}.json`);
    expect(steward(['scan', TREE, '--format', format, '--output', sbom, '-q']).code).toBe(0);
    const fromTree = JSON.parse(steward(['audit', TREE, '--db', db, '--format', 'json']).stdout);
    const r = steward(['audit', '--sbom', sbom, '--db', db, '--format', 'json']);
    expect(r.code).toBe(1);
    const ids = (o: { vulnerabilities: { id: string; purl: string }[] }) =>
      o.vulnerabilities.map((v) => `${v.id} ${v.purl}`).sort();
    expect(ids(JSON.parse(r.stdout))).toEqual(ids(fromTree));
  });

  it('suppresses by steward.yaml ignore rules and VEX, showing the reason; expired rules do not', async () => {
    const config = join(work, 'steward.yaml');
    await writeFile(
      config,
      'ignore:\n  - id: CVE-2099-0001\n    reason: only used at build time\n    expires: 2999-01-01\n  - id: GHSA-express\n    reason: old waiver\n    expires: 2020-01-01\n',
    );
    const r = steward(['audit', TREE, '--db', db, '--config', config]);
    expect(r.stdout).toMatch(/GHSA-ms suppressed by ignore: only used at build time/);
    expect(r.stdout).toMatch(/GHSA-express/);
    expect(r.stderr).toMatch(/ignore rule for GHSA-express expired on 2020-01-01/);
    const vex = join(work, 'openvex.json');
    const expressPurl = JSON.parse(
      steward(['audit', TREE, '--db', db, '--format', 'json']).stdout,
    ).vulnerabilities.find((v: { id: string }) => v.id === 'GHSA-express').purl;
    await writeFile(
      vex,
      JSON.stringify({
        '@context': 'https://openvex.dev/ns/v0.2.0',
        statements: [
          {
            vulnerability: { name: 'GHSA-express' },
            products: [{ '@id': expressPurl }],
            status: 'not_affected',
            justification: 'vulnerable_code_not_in_execute_path',
          },
        ],
      }),
    );
    const v = steward(['audit', TREE, '--db', db, '--config', config, '--vex', vex, '--format', 'json']);
    const out = JSON.parse(v.stdout);
    expect(out.vulnerabilities).toEqual([]);
    expect(out.suppressed.find((s: { id: string }) => s.id === 'GHSA-express').suppression).toMatchObject({
      by: 'vex',
      reason: 'vulnerable_code_not_in_execute_path',
    });
    expect(v.code).toBe(0);
  });

  it('reads ignores as the scan policy gate does: one reader, a bare id refused with its line', async () => {
    const config = join(work, 'policy-form.yaml');
    await writeFile(
      config,
      'vulnerabilities:\n  severity: high\n  ignore:\n    - id: GHSA-ms\n      reason: build only\n',
    );
    expect(steward(['audit', TREE, '--db', db, '--config', config]).stdout).toMatch(
      /GHSA-ms suppressed by ignore: build only/,
    );
    const bare = join(work, 'bare.yaml');
    await writeFile(bare, 'ignore:\n  - CVE-2099-0001\n');
    const expected = `steward: invalid policy: ${bare}:2: ignore.0: must be a mapping: { id: ..., reason: ..., expires: YYYY-MM-DD }`;
    const a = steward(['audit', TREE, '--db', db, '--config', bare]);
    expect([a.code, a.stderr.trim()]).toEqual([2, expected]);
    const s = steward(['scan', TREE, '--policy', bare, '-q']);
    expect([s.code, s.stderr.trim()]).toEqual([2, expected]);
  });

  it('warns about a stale database with its age, and fails clearly without one', async () => {
    const meta = JSON.parse(await readFile(join(db, 'meta.json'), 'utf8'));
    const stale = join(work, 'stale');
    await (await import('node:fs/promises')).cp(db, stale, { recursive: true });
    meta.ecosystems.npm.updatedAt = new Date(Date.now() - 40 * 86_400_000).toISOString();
    await writeFile(join(stale, 'meta.json'), JSON.stringify(meta));
    const r = steward(['audit', TREE, '--db', stale]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/is 40 days old/);
    const none = steward(['audit', TREE, '--db', join(work, 'nothing-here')]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no vulnerability database/);
    const zh = steward(['audit', TREE, '--db', join(work, 'nothing-here'), '--lang', 'zh-CN']);
    expect(zh.stderr).toMatch(/没有漏洞数据库/);
  });

  it('steward scan checks the database given by --db, or found through XDG_CACHE_HOME', async () => {
    const affected = (stdout: string) =>
      (JSON.parse(stdout) as { diagnostics: { code: string; component?: string }[] }).diagnostics
        .filter((d) => d.code === 'vuln/affected')
        .map((d) => d.component);
    const scan = (args: string[], env: Record<string, string> = {}) =>
      steward(['scan', TREE, '--format', 'json', '--no-health', '-q', ...args], env);
    const viaOption = affected(scan(['--db', db]).stdout);
    expect(viaOption).toContain('pkg:npm/ms@2.0.0');
    const cache = join(work, 'xdg-cache');
    await (await import('node:fs/promises')).cp(db, join(cache, 'steward', 'osv'), { recursive: true });
    expect(affected(scan([], { XDG_CACHE_HOME: cache }).stdout)).toEqual(viaOption);
    const none = JSON.parse(scan([], { XDG_CACHE_HOME: join(work, 'empty-cache') }).stdout);
    expect(none.diagnostics.filter((d: { code: string }) => d.code === 'vuln/no-database')).toHaveLength(1);
  });

  it('has a network trap that does catch network use (db pull is the one command that may)', () => {
    const r = spawnSync(
      process.execPath,
      ['--import', trapUrl, BIN, 'db', 'pull', '--db', join(work, 'p'), '--mirror', 'http://127.0.0.1:9'],
      {
        encoding: 'utf8',
      },
    );
    expect(r.stderr).toContain('NETWORK-ATTEMPT fetch');
    expect(r.status).toBe(4);
  });

  it('db status lists what was imported', () => {
    const r = steward(['db', 'status', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/npm: 4 records \(0 withdrawn\)/);
  });
});
