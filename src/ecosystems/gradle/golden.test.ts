// Golden tests over a real gradle.lockfile and verification-metadata.xml from a public Kotlin
// project (see __fixtures__/generate.sh): every locked line becomes a component with its line,
// scopes follow the configurations, and hashes come from the verification metadata.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scan } from '../../pipeline/scan.js';
import { gradleLockfilePlugin } from './index.js';

const root = fileURLToPath(new URL('./__fixtures__/jdkcertstool', import.meta.url));
const lockLines = readFileSync(`${root}/gradle.lockfile`, 'utf8')
  .split('\n')
  .map((l, i) => [l, i + 1] as const)
  .filter(([l]) => l && !l.startsWith('#') && !l.startsWith('empty='));

describe('gradle.lockfile (JDKCertsTool)', async () => {
  const result = await scan(root, { plugins: [gradleLockfilePlugin], analyzers: [] });
  const byPurl = new Map(result.components.map((c) => [c.purl, c]));
  const get = (coords: string) => {
    const [g, a, v] = coords.split(':');
    return byPurl.get(`pkg:maven/${g}/${a}@${v}`)!;
  };

  it('lists every locked module once, at its line', () => {
    expect(result.status.failures).toEqual([]);
    expect(result.components).toHaveLength(lockLines.length);
    for (const [line, n] of lockLines) {
      const c = get(line.split('=')[0]!);
      expect(c.locations).toEqual([{ file: 'gradle.lockfile', line: n }]);
    }
  });

  it('makes main classpaths prod and tests and build tools dev', () => {
    expect(get('org.jetbrains.kotlin:kotlin-stdlib:2.3.0').scopes).toEqual(['prod']);
    expect(get('net.java.dev.jna:jna:5.14.0').scopes).toEqual(['prod']);
    expect(get('org.junit.jupiter:junit-jupiter-api:6.1.0').scopes).toEqual(['dev']);
    expect(get('com.pinterest.ktlint:ktlint-cli:1.8.0').scopes).toEqual(['dev']);
    expect(get('org.jacoco:org.jacoco.agent:0.8.14').properties).toEqual({
      gradleConfigurations: 'jacocoAgent,jacocoAnt',
    });
    const prod = result.components.filter((c) => c.scopes.includes('prod')).length;
    expect(prod).toBe(
      lockLines.filter(([l]) =>
        /=(.*,)?(compile|runtime)Classpath|DependenciesMetadata/.test(l.replace(/test\w+/g, '')),
      ).length,
    );
  });

  it('attaches the SHA-256 of the main artifact from verification-metadata.xml', () => {
    expect(get('com.github.ben-manes.caffeine:caffeine:2.9.3').hashes).toEqual([
      { alg: 'SHA-256', value: '1e0a7bbef1dd791653143f3f05d0e489934bf5481e58a87c9e619cd46b68729b' },
    ]);
    // Kotlin multiplatform: the jar is named after the platform, not the module.
    expect(get('com.github.ajalt.clikt:clikt-core-jvm:5.1.0').hashes).toEqual([
      { alg: 'SHA-256', value: '7f78049fa8159bac05ce09ddef4313248d4cad0014a744214c1150d14e3661e7' },
    ]);
    // Only a Gradle module file is verified: no artifact hash to claim.
    expect(get('com.github.ajalt.mordant:mordant-jvm-ffm:3.0.2').hashes).toEqual([]);
    // Not among the 36 components kept in the fixture.
    expect(get('org.slf4j:slf4j-api:2.0.7').hashes).toEqual([]);
  });
});
