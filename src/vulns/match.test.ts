// OSV matching semantics on records built here (OSV's own exports are not reachable offline, so
// each record is the smallest one that exercises a rule of the schema's IsAffected algorithm).
import { describe, expect, it } from 'vitest';
import { matchPurls, memorySource } from './match.js';
import { parseOsvRecord, type OsvRecord } from './osv-schema.js';
import { purlToOsv } from './purl-to-osv.js';

function record(raw: Record<string, unknown>): OsvRecord {
  const parsed = parseOsvRecord({ modified: '2024-01-01T00:00:00Z', ...raw });
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.record;
}

const pkg = (ecosystem: string, name: string, ranges: unknown[], versions: string[] = []) => ({
  package: { ecosystem, name },
  ranges,
  versions,
});

const ids = (purls: string[], records: OsvRecord[]) =>
  matchPurls(purls, memorySource(records)).findings.map((f) => `${f.purl} ${f.id}`);

describe('IsAffected', () => {
  const lodash = record({
    id: 'GHSA-aaaa',
    aliases: ['CVE-2020-1'],
    affected: [
      pkg('npm', 'lodash', [
        {
          type: 'SEMVER',
          events: [
            { introduced: '0' },
            { fixed: '4.17.12' },
            { introduced: '5.0.0' },
            { last_affected: '5.1.0' },
          ],
        },
      ]),
    ],
  });
  it('applies introduced, fixed and last_affected in version order', () => {
    const hit = (v: string) => ids([`pkg:npm/lodash@${v}`], [lodash]).length === 1;
    expect(hit('4.17.11')).toBe(true);
    expect(hit('4.17.12')).toBe(false);
    expect(hit('4.99.0')).toBe(false);
    expect(hit('5.0.0')).toBe(true);
    expect(hit('5.1.0')).toBe(true);
    expect(hit('5.1.1')).toBe(false);
    expect(hit('1.0.0-beta.1')).toBe(true);
  });

  it('matches a legacy mixed-case npm name to the lower-case name a purl carries', () => {
    const r = record({
      id: 'GHSA-json',
      affected: [
        pkg('npm', 'JSONStream', [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '1.3.1' }] }]),
      ],
    });
    expect(ids(['pkg:npm/jsonstream@1.3.0', 'pkg:npm/JSONStream@1.3.0'], [r])).toEqual([
      'pkg:npm/jsonstream@1.3.0 GHSA-json',
      'pkg:npm/JSONStream@1.3.0 GHSA-json',
    ]);
  });

  it('honours explicit versions lists and limit events', () => {
    const r = record({
      id: 'PYSEC-1',
      affected: [
        pkg(
          'PyPI',
          'Django',
          [{ type: 'ECOSYSTEM', events: [{ introduced: '3.0' }, { limit: '3.2' }] }],
          ['4.0.1'],
        ),
      ],
    });
    const hit = (v: string) => ids([`pkg:pypi/django@${v}`], [r]).length === 1;
    expect(hit('3.1.5')).toBe(true);
    expect(hit('3.2')).toBe(false);
    expect(hit('4.0.1')).toBe(true);
    expect(hit('4.0.2')).toBe(false);
  });

  it('uses the ecosystem comparator: Maven qualifiers and dpkg epochs', () => {
    const maven = record({
      id: 'GHSA-mvn',
      affected: [
        pkg('Maven', 'org.example:lib', [
          { type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.0' }] },
        ]),
      ],
    });
    expect(ids(['pkg:maven/org.example/lib@2.0-rc1'], [maven])).toHaveLength(1);
    expect(ids(['pkg:maven/org.example/lib@2.0.0'], [maven])).toHaveLength(0);
    const deb = record({
      id: 'DSA-1',
      affected: [
        pkg('Debian:12', 'openssl', [
          { type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '3.0.11-1~deb12u2' }] },
        ]),
      ],
    });
    expect(ids(['pkg:deb/debian/openssl@3.0.11-1~deb12u1?distro=debian-12'], [deb])).toHaveLength(1);
    expect(ids(['pkg:deb/debian/openssl@3.0.11-1?distro=debian-12'], [deb])).toHaveLength(0);
    // Debian 11 is another ecosystem: no match.
    expect(ids(['pkg:deb/debian/openssl@3.0.11-1~deb12u1?distro=debian-11'], [deb])).toHaveLength(0);
  });

  it('reports GIT-only ranges as not evaluable instead of guessing', () => {
    const r = record({
      id: 'OSV-GIT',
      affected: [
        pkg('npm', 'x', [{ type: 'GIT', repo: 'https://example.org/x', events: [{ introduced: 'abc' }] }]),
      ],
    });
    const result = matchPurls(['pkg:npm/x@1.0.0'], memorySource([r]));
    expect(result.findings).toEqual([]);
    expect(result.notEvaluable).toEqual([{ purl: 'pkg:npm/x@1.0.0', id: 'OSV-GIT' }]);
  });

  it('ignores withdrawn records', () => {
    const r = record({
      id: 'GHSA-gone',
      withdrawn: '2024-02-01T00:00:00Z',
      affected: [pkg('npm', 'x', [{ type: 'SEMVER', events: [{ introduced: '0' }] }])],
    });
    expect(ids(['pkg:npm/x@1.0.0'], [r])).toEqual([]);
  });
});

describe('findings', () => {
  it('merges aliases and upstream links into one finding with every id', () => {
    const ghsa = record({
      id: 'GHSA-xxxx',
      aliases: ['CVE-2021-9'],
      summary: 'Prototype pollution',
      affected: [pkg('npm', 'x', [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '1.2.0' }] }])],
    });
    const cve = record({
      id: 'CVE-2021-9',
      affected: [
        pkg('npm', 'x', [{ type: 'SEMVER', events: [{ introduced: '1.0.0' }, { fixed: '1.1.0' }] }]),
      ],
    });
    const derived = record({
      id: 'MAL-1',
      upstream: ['CVE-2021-9'],
      affected: [pkg('npm', 'x', [{ type: 'SEMVER', events: [{ introduced: '0' }] }], [])],
    });
    const { findings } = matchPurls(['pkg:npm/x@1.0.5'], memorySource([ghsa, cve, derived]));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      id: 'GHSA-xxxx',
      aliases: ['CVE-2021-9', 'MAL-1'],
      summary: 'Prototype pollution',
      fixed: ['1.1.0', '1.2.0'],
    });
  });

  it('picks the smallest fixed version that no range still covers', () => {
    const r = record({
      id: 'GHSA-fix',
      affected: [
        pkg('PyPI', 'requests', [
          { type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.20.0' }] },
          { type: 'ECOSYSTEM', events: [{ introduced: '2.20.0' }, { fixed: '2.31.0' }] },
        ]),
      ],
    });
    const [f] = matchPurls(['pkg:pypi/requests@2.19.1'], memorySource([r])).findings;
    expect(f?.fixed).toEqual(['2.20.0', '2.31.0']);
    expect(f?.smallestFix).toBe('2.31.0');
  });

  it('computes CVSS v2, v3.1 and v4 base scores and rates by the newest version', () => {
    const r = record({
      id: 'GHSA-sev',
      severity: [
        { type: 'CVSS_V2', score: 'AV:N/AC:L/Au:N/C:P/I:P/A:P' },
        { type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' },
        { type: 'CVSS_V4', score: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N' },
      ],
      affected: [pkg('crates.io', 'x', [{ type: 'SEMVER', events: [{ introduced: '0' }] }])],
    });
    const [f] = matchPurls(['pkg:cargo/x@0.1.0'], memorySource([r])).findings;
    expect(f?.severity.map((s) => [s.type, s.score])).toEqual([
      ['CVSS_V4', 9.3],
      ['CVSS_V3', 9.8],
      ['CVSS_V2', 7.5],
    ]);
    expect(f?.rating).toBe('critical');
  });
});

describe('purl to OSV', () => {
  it.each([
    ['pkg:npm/%40babel/core@7.0.0', 'npm', '@babel/core', '7.0.0'],
    [
      'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1',
      'Maven',
      'org.apache.logging.log4j:log4j-core',
      '2.14.1',
    ],
    ['pkg:golang/github.com/gin-gonic/gin@v1.9.0', 'Go', 'github.com/gin-gonic/gin', 'v1.9.0'],
    ['pkg:cargo/serde@1.0.0', 'crates.io', 'serde', '1.0.0'],
    ['pkg:gem/rails@7.0.0', 'RubyGems', 'rails', '7.0.0'],
    ['pkg:composer/symfony/http-kernel@6.0.0', 'Packagist', 'symfony/http-kernel', '6.0.0'],
    ['pkg:nuget/Newtonsoft.Json@13.0.1', 'NuGet', 'Newtonsoft.Json', '13.0.1'],
    ['pkg:deb/debian/x@1.0-1?distro=debian-12', 'Debian:12', 'x', '1.0-1'],
    ['pkg:deb/debian/libssl3@3.0.11-1?distro=bookworm&upstream=openssl', 'Debian:12', 'openssl', '3.0.11-1'],
    [
      'pkg:rpm/openeuler/x@1.0-1?distro=openEuler-22.03-LTS-SP3&epoch=1',
      'openEuler:22.03-LTS-SP3',
      'x',
      '1:1.0-1',
    ],
    ['pkg:apk/alpine/x@1.0-r0?distro=alpine-3.20', 'Alpine:v3.20', 'x', '1.0-r0'],
    [
      'pkg:apk/alpine/libcrypto3@3.3.2-r0?distro=alpine-3.20&upstream=openssl',
      'Alpine:v3.20',
      'openssl',
      '3.3.2-r0',
    ],
    [
      'pkg:rpm/openeuler/openssl-libs@3.0.12-5.oe2403?distro=openEuler-24.03-LTS&upstream=openssl-3.0.12-5.oe2403.src.rpm',
      'openEuler:24.03-LTS',
      'openssl',
      '3.0.12-5.oe2403',
    ],
    ['pkg:apk/alpine/x@1.0-r0?distro=alpine-3.20.3', 'Alpine:v3.20', 'x', '1.0-r0'],
  ])('%s', (purl, ecosystem, name, version) => {
    expect(purlToOsv(purl)).toEqual({ ecosystem, name, version });
  });
  it('normalises PyPI names the way PyPI does, so any spelling finds the advisory', () => {
    const r = record({
      id: 'PYSEC-2',
      affected: [
        pkg('PyPI', 'Django_REST.Framework', [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }] }]),
      ],
    });
    expect(ids(['pkg:pypi/django-rest-framework@3.0'], [r])).toHaveLength(1);
  });
  it('prefers the OSV ecosystem the inventory recorded from os-release', () => {
    expect(purlToOsv('pkg:rpm/rhel/bash@5.1-1?distro=rhel-9', 'Red Hat')).toEqual({
      ecosystem: 'Red Hat',
      name: 'bash',
      version: '5.1-1',
    });
  });
  it('has no answer for types OSV does not cover', () => {
    expect(purlToOsv('pkg:generic/thing@1.0')).toBeNull();
    expect(purlToOsv('pkg:npm/unversioned')).toBeNull();
  });
});

describe('record validation', () => {
  it('rejects records matching cannot trust and says why', () => {
    expect(parseOsvRecord({ modified: 'x' })).toMatchObject({ ok: false, reason: 'missing id' });
    expect(
      parseOsvRecord({
        id: 'A',
        modified: 'x',
        affected: [pkg('npm', 'a', [{ type: 'SEMVER', events: [{}] }])],
      }),
    ).toMatchObject({ ok: false, id: 'A' });
    expect(parseOsvRecord({ id: 'A', modified: 'x', aliases: 'CVE-1' })).toMatchObject({ ok: false });
    expect(parseOsvRecord([])).toMatchObject({ ok: false });
  });
});
