// Policy rules over real scans of committed fixtures: an npm lockfile with git, tarball, linked and
// bundled dependencies, the realistic npm project, and an openEuler root filesystem whose packages
// carry real (copyleft) licenses.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DiagnosticCode } from '../core/codes.js';
import { diagnostic } from '../core/diagnostics.js';
import type { ScanResult } from '../core/result.js';
import { scan } from '../pipeline/scan.js';
import { evaluatePolicy } from './evaluate.js';
import { presetPolicy } from './load.js';
import type { Policy } from './types.js';

const fixture = (rel: string) => new URL(`../ecosystems/${rel}`, import.meta.url).pathname;
let features: ScanResult;
let realistic: ScanResult;
let openeuler: ScanResult;

beforeAll(async () => {
  // No vulnerability database: the scan must not depend on the machine's cache.
  process.env.XDG_CACHE_HOME = mkdtempSync(join(tmpdir(), 'steward-policy-cache-'));
  features = await scan(fixture('npm/__fixtures__/features-v3'));
  realistic = await scan(fixture('npm/__fixtures__/realistic-v3'));
  openeuler = await scan(fixture('os-packages/__fixtures__/openeuler-rootfs'), { rootfs: true });
});

const outcome = (result: ScanResult, policy: Policy) =>
  Object.fromEntries(evaluatePolicy(result, policy).map((v) => [v.rule, v.outcome]));
const found = (result: ScanResult, policy: Policy) =>
  evaluatePolicy(result, policy)
    .flatMap((v) => v.diagnostics)
    .map(
      (d) =>
        `${d.severity} ${d.code} ${d.params.component ?? d.params.rule ?? d.params.id ?? d.params.target}`,
    );

describe('inventory rules', () => {
  it('flags git and tarball sources, and missing integrity only where a hash belongs', () => {
    const policy: Policy = {
      inventory: {
        'git-sources': 'fail',
        'tarball-sources': 'warn',
        'missing-integrity': 'fail',
        'sha1-integrity': 'fail',
        unpinned: 'fail',
      },
    };
    const lines = found(features, policy);
    expect(lines).toContain('error policy/source-git git-dep@1.0.0');
    expect(lines).toContain('warning policy/source-tarball is-number@7.0.0');
    // Linked (local-lib), file: (bundle-demo), bundled (ms) and git packages need no lockfile hash.
    expect(lines.filter((l) => l.includes('integrity'))).toEqual([]);
    expect(outcome(features, policy)).toMatchObject({
      'inventory.git-sources': 'fail',
      'inventory.tarball-sources': 'warn',
      'inventory.unpinned': 'pass',
    });
  });

  it('accepts the public registry and rejects it when only a mirror is allowed', () => {
    expect(outcome(features, { inventory: { registries: ['https://registry.npmjs.org'] } })).toEqual({
      'inventory.registries': 'pass',
    });
    const lines = found(features, { inventory: { registries: ['https://mirror.example.com/npm/'] } });
    expect(lines).toHaveLength(
      features.components.filter((c) => c.source?.type === 'registry' && c.source.url).length,
    );
    expect(lines).toContain('error policy/registry lodash@4.18.1');
  });
});

describe('license rules', () => {
  it('permissive-only passes MIT/ISC/BSD trees but fails a prod copyleft package', () => {
    const policy = presetPolicy('permissive-only')!;
    const lines = found(openeuler, policy);
    expect(lines.some((l) => l.startsWith('error policy/copyleft-in-prod'))).toBe(true);
    expect(outcome(openeuler, policy)['licenses.copyleft-dev-only']).toBe('fail');
  });

  it('allows copyleft in dev-only components', () => {
    const asDev: ScanResult = {
      ...openeuler,
      components: openeuler.components.map((c) => ({ ...c, scopes: ['dev'] })),
    };
    expect(outcome(asDev, presetPolicy('permissive-only')!)['licenses.copyleft-dev-only']).toBe('pass');
  });

  it('an explicitly denied id fails even when its category is allowed; an OR choice passes', () => {
    const policy: Policy = { licenses: { allow: ['permissive', 'public-domain'], deny: ['Python-2.0'] } };
    const lines = found(realistic, policy);
    const denied = lines.filter((l) => l.includes('license-denied'));
    expect(denied).toHaveLength(1);
    // (MIT OR CC0-1.0) passes through MIT; CC-BY-4.0 is a content license, not in the list.
    expect(lines.filter((l) => l.includes('not-allowed'))).toHaveLength(1);
    expect(lines.some((l) => l.includes('license-unknown'))).toBe(false);
  });

  it('checks production dependencies against the outbound license', () => {
    // openEuler's package declares "ASL 2.0 and GPLv2+": GPL code cannot ship under MIT.
    const lines = found(openeuler, { licenses: { outbound: 'MIT' } });
    expect(lines).toEqual([expect.stringMatching(/^error policy\/license-incompatible /)]);
    expect(outcome(openeuler, { licenses: { outbound: 'GPL-3.0-or-later' } })).toEqual({
      'licenses.outbound': 'pass',
    });
  });

  it('reports the component without a license only when asked', () => {
    const lines = found(realistic, { licenses: { unknown: 'warn' } });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^warning policy\/license-unknown /);
  });

  it('judges a component that declares nothing by the license its files were detected to hold', () => {
    const unknown = realistic.components.filter((c) => !c.declaredLicense);
    expect(unknown).toHaveLength(1);
    const detected: ScanResult = {
      ...realistic,
      components: realistic.components.map((c) =>
        c.declaredLicense ? c : { ...c, detectedLicense: 'GPL-3.0-only' },
      ),
    };
    expect(found(detected, { licenses: { unknown: 'warn' } })).toEqual([]);
    expect(found(detected, { licenses: { deny: ['GPL-3.0-only'] } })).toEqual([
      `error policy/license-denied ${unknown[0]!.name}@${unknown[0]!.version}`,
    ]);
  });
});

describe('vulnerability rules', () => {
  // The shape the vulns analyzer writes (src/analyze/vulns), over a real component of the scan.
  function withAdvisory(rating: string, fixed: string | null): ScanResult {
    const purl = realistic.components.find((c) => c.name === 'qs')!.purl;
    const d = diagnostic(
      'vuln/affected',
      { purl, id: 'GHSA-6rw7-vpxm-498p', rating, summary: '', fixed: fixed ?? '-' },
      {
        component: purl,
        data: { id: 'GHSA-6rw7-vpxm-498p', aliases: ['CVE-2025-15284'], smallestFix: fixed },
      },
    );
    return {
      ...realistic,
      diagnostics: [...realistic.diagnostics.filter((x) => x.code !== 'vuln/no-database'), d],
    };
  }

  it('is not evaluated without a database, never silently passed', () => {
    expect(evaluatePolicy(realistic, { vulnerabilities: { severity: 'low' } })).toEqual([
      expect.objectContaining({
        rule: 'vulnerabilities.severity',
        outcome: 'not-evaluated',
        reason: 'no-vulnerability-database',
      }),
    ]);
  });

  it('fails at or above the threshold, and only with a fix when only-fixed is set', () => {
    expect(outcome(withAdvisory('high', '6.14.1'), { vulnerabilities: { severity: 'high' } })).toEqual({
      'vulnerabilities.severity': 'fail',
    });
    expect(outcome(withAdvisory('medium', '6.14.1'), { vulnerabilities: { severity: 'high' } })).toEqual({
      'vulnerabilities.severity': 'pass',
    });
    expect(
      outcome(withAdvisory('critical', null), { vulnerabilities: { severity: 'high', 'only-fixed': true } }),
    ).toEqual({ 'vulnerabilities.severity': 'pass' });
  });

  it('an ignore (by id or alias) suppresses until it expires, warns, then fails after the grace period', () => {
    const policy: Policy = {
      vulnerabilities: {
        severity: 'low',
        'grace-days': 10,
        ignore: [{ id: 'CVE-2025-15284', reason: 'not reachable', expires: '2026-03-01' }],
      },
    };
    const result = withAdvisory('high', '6.14.1');
    const at = (date: string) =>
      Object.fromEntries(evaluatePolicy(result, policy, new Date(date)).map((v) => [v.rule, v.outcome]));
    expect(at('2026-03-01T12:00:00Z')).toEqual({
      'vulnerabilities.ignore': 'pass',
      'vulnerabilities.severity': 'pass',
    });
    expect(at('2026-03-05T12:00:00Z')).toEqual({
      'vulnerabilities.ignore': 'warn',
      'vulnerabilities.severity': 'fail',
    });
    expect(at('2026-03-20T12:00:00Z')).toEqual({
      'vulnerabilities.ignore': 'fail',
      'vulnerabilities.severity': 'fail',
    });
  });
});

describe('architecture and health rules', () => {
  it('reads the architecture verdict for a target and says when there is none', () => {
    // The params the arch analyzer writes on arch/verdict: target, verdict, count.
    const withVerdict = (verdict: string): ScanResult => ({
      ...features,
      diagnostics: [
        ...features.diagnostics.filter((d) => String(d.code) !== 'arch/verdict'),
        // Written out rather than built with diagnostic(): the arch codes belong to another module.
        {
          code: 'arch/verdict' as DiagnosticCode,
          severity: 'note',
          params: { target: 'loong64', verdict, count: verdict === 'ready' ? 0 : 3 },
        },
      ],
    });
    const policy: Policy = { architecture: { targets: ['loong64', 'sw64'] } };
    expect(outcome(withVerdict('ready'), policy)).toEqual({
      'architecture.targets.loong64': 'pass',
      'architecture.targets.sw64': 'not-evaluated',
    });
    expect(found(withVerdict('port'), policy)).toEqual([
      'error policy/arch-not-ready loong64',
      'note policy/not-evaluated architecture.targets.sw64',
    ]);
  });

  it('health rules are not evaluated from a scan', () => {
    expect(outcome(features, { health: { 'bus-factor': 2 } })).toEqual({
      'health.bus-factor': 'not-evaluated',
    });
  });
});
