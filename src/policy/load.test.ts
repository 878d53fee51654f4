// steward.yaml as a user writes it: errors name the key and line, unknown keys get a suggestion,
// contradictions and unknown presets are refused, `extends:` merges presets and files.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PolicyError } from './errors.js';
import { loadPolicy, parsePolicyText } from './load.js';

function error(text: string): PolicyError {
  try {
    parsePolicyText(text, 'steward.yaml');
  } catch (err) {
    if (err instanceof PolicyError) return err;
    throw err;
  }
  throw new Error('expected a PolicyError');
}

describe('parsePolicyText', () => {
  it('accepts every section with its documented keys', () => {
    const policy = parsePolicyText(
      [
        'version: 1',
        'licenses:',
        '  allow: [permissive, MPL-2.0]',
        '  deny: [network-copyleft]',
        '  copyleft-dev-only: true',
        '  unknown: warn',
        'vulnerabilities:',
        '  severity: high',
        '  only-fixed: true',
        '  grace-days: 10',
        '  ignore:',
        '    - { id: GHSA-aaaa-bbbb-cccc, reason: not reachable, expires: 2027-01-31 }',
        'architecture: { targets: [loong64] }',
        'inventory:',
        '  unpinned: fail',
        '  registries: [https://mirror.example.com/npm/]',
        'health: { minimum-stage: incubating, bus-factor: 2 }',
      ].join('\n'),
      'steward.yaml',
    );
    expect(policy.licenses?.allow).toEqual(['permissive', 'MPL-2.0']);
    expect(policy.vulnerabilities?.ignore?.[0]?.expires).toBe('2027-01-31');
    expect(policy.inventory?.registries).toEqual(['https://mirror.example.com/npm/']);
  });

  it('names an unknown key with its line and suggests the closest known key', () => {
    const e = error('licenses:\n  allow: [MIT]\n  denny: [GPL-3.0-only]\n');
    expect(e.key).toBe('licenses.denny');
    expect(e.line).toBe(3);
    expect(e.detail).toContain('did you mean "deny"');
  });

  it('suggests a section name for a misspelt top-level key', () => {
    const e = error('vulnerabilites:\n  severity: high\n');
    expect(e.message).toBe('steward.yaml:1: vulnerabilites: unknown key; did you mean "vulnerabilities"?');
  });

  it('lists the allowed values for a bad one, at the value line', () => {
    const e = error('vulnerabilities:\n  severity: severe\n');
    expect(e.key).toBe('vulnerabilities.severity');
    expect(e.line).toBe(2);
    expect(e.detail).toBe('must be one of: low, medium, high, critical');
  });

  it('requires a reason on an ignore and a YYYY-MM-DD expiry', () => {
    expect(error('vulnerabilities:\n  ignore:\n    - id: CVE-2024-1\n').detail).toContain('"reason"');
    const e = error(
      'vulnerabilities:\n  ignore:\n    - id: CVE-2024-1\n      reason: x\n      expires: 31/01/2027\n',
    );
    expect([e.key, e.line, e.detail]).toEqual([
      'vulnerabilities.ignore.0.expires',
      5,
      'must be a date written YYYY-MM-DD',
    ]);
  });

  it('reports invalid YAML with the line of the problem', () => {
    const e = error('licenses:\n  allow: [MIT\n  deny: [GPL-3.0-only]\n');
    expect(e.detail).toMatch(/^invalid YAML/);
    expect(e.line).toBeGreaterThanOrEqual(2);
  });

  it('refuses a license both allowed and denied, naming the deny entry', () => {
    const e = error(
      'licenses:\n  allow: [MIT, GPL-3.0-only]\n  deny:\n    - AGPL-3.0-only\n    - GPL-3.0-only\n',
    );
    expect([e.key, e.line]).toEqual(['licenses.deny.1', 5]);
    expect(e.detail).toBe('"GPL-3.0-only" is both allowed and denied');
  });

  it('refuses the same vulnerability ignored twice', () => {
    const e = error(
      'vulnerabilities:\n  ignore:\n    - { id: CVE-1, reason: a }\n    - { id: CVE-1, reason: b }\n',
    );
    expect([e.key, e.line]).toEqual(['vulnerabilities.ignore.1.id', 4]);
  });

  it('asks for a reason when an ignore is a bare id', () => {
    const e = error('ignore:\n  - CVE-2024-1\n');
    expect([e.key, e.line, e.detail]).toEqual([
      'ignore.0',
      2,
      'must be a mapping: { id: ..., reason: ..., expires: YYYY-MM-DD }',
    ]);
  });

  it('reads the top-level ignore list that steward audit --config also reads', () => {
    const policy = parsePolicyText(
      'ignore:\n  - { id: CVE-1, reason: build only, expires: 2027-01-31 }\nvulnerabilities:\n  severity: high\n',
      'steward.yaml',
    );
    expect(policy.vulnerabilities).toEqual({
      severity: 'high',
      ignore: [{ id: 'CVE-1', reason: 'build only', expires: '2027-01-31' }],
    });
  });

  it('refuses a document that is not a mapping', () => {
    expect(error('- licenses\n').detail).toMatch(/must be a mapping/);
  });
});

describe('loadPolicy', () => {
  const dir = mkdtempSync(join(tmpdir(), 'steward-policy-'));
  const put = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  it('builds on a preset: the child overrides keys, adds denials and can make exceptions', async () => {
    const file = put(
      'a.yaml',
      'extends: enterprise-distribution\nlicenses:\n  allow: [permissive, GPL-2.0-only]\n  deny: [SSPL-1.0]\n',
    );
    const { policy } = await loadPolicy(file);
    expect(policy.licenses?.allow).toEqual(['permissive', 'GPL-2.0-only']);
    expect(policy.licenses?.deny).toEqual(['network-copyleft', 'SSPL-1.0']);
    expect(policy.licenses?.unknown).toBe('fail');
    expect(policy.inventory?.['git-sources']).toBe('fail');
  });

  it('extends a relative file and concatenates ignores', async () => {
    put('base.yaml', 'vulnerabilities:\n  severity: low\n  ignore: [{ id: CVE-1, reason: base }]\n');
    const file = put(
      'child.yaml',
      'extends: [base.yaml]\nvulnerabilities:\n  ignore: [{ id: CVE-2, reason: child }]\n',
    );
    const { policy } = await loadPolicy(file);
    expect(policy.vulnerabilities?.severity).toBe('low');
    expect(policy.vulnerabilities?.ignore?.map((i) => i.id)).toEqual(['CVE-1', 'CVE-2']);
  });

  it('names an unknown preset and lists the shipped ones', async () => {
    const file = put('bad.yaml', 'extends: permissive\n');
    await expect(loadPolicy(file)).rejects.toThrow(
      /extends\.0: unknown preset "permissive" \(presets: permissive-only, foundation-incubation, enterprise-distribution\); did you mean "permissive-only"\?/,
    );
  });

  it('refuses a cycle of extends', async () => {
    put('x.yaml', 'extends: [y.yaml]\n');
    const file = put('y.yaml', 'extends: [x.yaml]\n');
    await expect(loadPolicy(file)).rejects.toThrow(/cycle/);
  });

  it('names a missing file', async () => {
    await expect(loadPolicy(join(dir, 'missing.yaml'))).rejects.toBeInstanceOf(PolicyError);
  });
});
