// Bad and edge input for ranges and profiles, hand-written into a temporary directory: a malformed
// range is a failure naming the POM and line (or marks a repository POM broken), a range nothing
// satisfies is a warning, and profile conditions that depend on the machine are reported, not guessed.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MavenBuild } from '../../core/plugin.js';
import { scan } from '../../pipeline/scan.js';
import { mavenPomPlugin } from './index.js';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'steward-maven-'));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return dir;
}

const pom = (body: string) =>
  `<?xml version="1.0"?>\n<project>\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>g</groupId><artifactId>a</artifactId><version>1</version>\n${body}\n</project>\n`;
const dep = (a: string, v: string) =>
  `<dependency><groupId>org.x</groupId><artifactId>${a}</artifactId><version>${v}</version></dependency>`;
const deps = (...d: string[]) =>
  `  <dependencies>\n${d.map((x) => `    ${x}`).join('\n')}\n  </dependencies>`;
const metadata = (a: string, versions: string[]) =>
  `<metadata><groupId>org.x</groupId><artifactId>${a}</artifactId><versioning><versions>${versions
    .map((v) => `<version>${v}</version>`)
    .join('')}</versions></versioning></metadata>`;
const repoPom = (a: string, v: string, body = '') =>
  `<project><groupId>org.x</groupId><artifactId>${a}</artifactId><version>${v}</version>${body}</project>`;

const run = (root: string, mavenRepo?: string, mavenBuild?: MavenBuild) =>
  scan(root, {
    plugins: [mavenPomPlugin],
    analyzers: [],
    ...(mavenRepo ? { mavenRepo } : {}),
    ...(mavenBuild ? { mavenBuild } : {}),
  });

describe('malformed and unsatisfiable ranges', () => {
  it('fails a malformed range at its POM and line, and keeps the rest of the scan', async () => {
    const root = tree({
      'bad/pom.xml': pom(deps(dep('ok', '1.0'), dep('reversed', '[2.0,1.0]'))),
      'good/pom.xml': pom(deps(dep('fine', '3'))),
    });
    const r = await run(root);
    expect(r.status.failures).toEqual([
      expect.objectContaining({
        file: 'bad/pom.xml',
        line: 7,
        reason: 'parse-error',
        detail: 'version [2.0,1.0] of org.x:reversed: Range defies version ordering: [2.0,1.0]',
      }),
    ]);
    expect(r.components.map((c) => c.purl).sort()).toEqual([
      'pkg:maven/org.x/fine@3',
      'pkg:maven/org.x/ok@1.0',
      'pkg:maven/org.x/reversed',
    ]);
  });

  it('marks a repository POM with a malformed range broken instead of failing the scan', async () => {
    const repo = tree({
      'org/x/lib/1/lib-1.pom': repoPom('lib', '1', deps(dep('inner', '(1.5)'))),
    });
    const r = await run(tree({ 'pom.xml': pom(deps(dep('lib', '1'))) }), repo);
    expect(r.status.failures).toEqual([]);
    const d = r.diagnostics.find((x) => x.code === 'maven/pom-not-in-repository')!;
    expect(d.data).toEqual({
      missing: [],
      broken: {
        [`${repo}/org/x/lib/1/lib-1.pom`]: expect.stringContaining(
          'Single version must be surrounded by []: (1.5)',
        ),
      },
    });
  });

  it('warns when no listed version is within a range, naming the POM and line', async () => {
    const repo = tree({
      'org/x/lib/maven-metadata-local.xml': metadata('lib', ['1.0', '2.0']),
      'org/x/lib/1.0/lib-1.0.pom': repoPom('lib', '1.0'),
    });
    const r = await run(tree({ 'pom.xml': pom(deps(dep('lib', '[3,4)'))) }), repo);
    const d = r.diagnostics.find((x) => x.code === 'maven/range-unsatisfied')!;
    expect(d).toMatchObject({
      severity: 'warning',
      params: { file: 'pom.xml', declaredIn: 'pom.xml', name: 'org.x:lib', range: '[3,4)' },
      location: { file: 'pom.xml', line: 6 },
    });
    expect(r.components).toEqual([
      expect.objectContaining({ name: 'org.x:lib', version: null, range: '[3,4)' }),
    ]);
  });

  it("resolves a range to the highest listed version and follows that version's POM", async () => {
    const repo = tree({
      'org/x/lib/maven-metadata-local.xml': metadata('lib', ['1.0', '1.10', '1.9', '2.0']),
      'org/x/lib/1.10/lib-1.10.pom': repoPom('lib', '1.10', deps(dep('inner', '5'))),
    });
    const r = await run(tree({ 'pom.xml': pom(deps(dep('lib', '[1.0,2.0)'))) }), repo);
    expect(r.components.map((c) => c.purl).sort()).toEqual([
      'pkg:maven/org.x/inner@5',
      'pkg:maven/org.x/lib@1.10',
    ]);
  });
});

const PROFILES = `  <profiles>
    <profile><id>fallback</id><activation><activeByDefault>true</activeByDefault></activation>${deps(dep('fallback', '1'))}</profile>
    <profile><id>java17</id><activation><jdk>[17,)</jdk></activation>${deps(dep('java17', '1'))}</profile>
    <profile><id>linux</id><activation><os><family>unix</family><arch>amd64</arch></os></activation>${deps(dep('linux', '1'))}</profile>
    <profile><id>home</id><activation><property><name>user.home</name></property></activation>${deps(dep('home', '1'))}</profile>
  </profiles>`;
const names = (r: Awaited<ReturnType<typeof run>>) =>
  r.components.map((c) => c.name.slice('org.x:'.length)).sort();

describe('profiles that depend on the machine', () => {
  it('treats JDK, OS and system-property conditions as inactive and says so', async () => {
    const r = await run(tree({ 'pom.xml': pom(PROFILES) }));
    expect(names(r)).toEqual(['fallback']);
    const notes = r.diagnostics.filter((d) => d.code === 'maven/profile-not-evaluated');
    expect(notes.map((d) => [d.params.profile, d.params.condition, d.location?.line])).toEqual([
      ['java17', 'jdk [17,)', 9],
      ['linux', 'os family unix', 12],
      ['home', 'property user.home', 15],
    ]);
  });

  it('evaluates them from the properties the user gives, and drops the default profile', async () => {
    const build = {
      profiles: [],
      properties: { 'java.version': '17.0.15', 'os.name': 'Linux', 'os.arch': 'amd64' },
    };
    const r = await run(tree({ 'pom.xml': pom(PROFILES) }), undefined, build);
    expect(names(r)).toEqual(['java17', 'linux']);
    const older = {
      ...build,
      properties: { ...build.properties, 'java.version': '11.0.2', 'os.arch': 'aarch64' },
    };
    expect(names(await run(tree({ 'pom.xml': pom(PROFILES) }), undefined, older))).toEqual(['fallback']);
  });

  it('follows -P: an id switches a profile on, !id switches even the default off', async () => {
    const on = await run(tree({ 'pom.xml': pom(PROFILES) }), undefined, {
      profiles: ['home'],
      properties: {},
    });
    expect(names(on)).toEqual(['home']);
    const off = await run(tree({ 'pom.xml': pom(PROFILES) }), undefined, {
      profiles: ['!fallback'],
      properties: {},
    });
    expect(names(off)).toEqual([]);
  });
});

describe('profiles in a reactor, and user properties', () => {
  it("adds an active profile's modules to the reactor, answering file conditions per module", async () => {
    const module = (id: string) =>
      `<?xml version="1.0"?>\n<project>\n  <modelVersion>4.0.0</modelVersion>\n  <parent><groupId>g</groupId><artifactId>a</artifactId><version>1</version></parent>\n  <artifactId>${id}</artifactId>\n  <profiles><profile><id>m</id><activation><file><exists>\${basedir}/marker</exists></file></activation>${deps(dep(`${id}-marked`, '1'))}</profile></profiles>\n</project>\n`;
    const root = tree({
      'pom.xml': pom(
        '  <packaging>pom</packaging>\n  <modules><module>core</module></modules>\n  <profiles><profile><id>all</id><activation><property><name>!fast</name></property></activation><modules><module>extra</module></modules></profile></profiles>',
      ),
      'core/pom.xml': module('core'),
      'extra/pom.xml': module('extra'),
      'extra/marker': 'x',
    });
    const r = await run(root);
    expect(r.projects[0]!.importers.map((i) => i.path)).toEqual(['.', 'core', 'extra']);
    expect(names(r)).toEqual(['extra-marked']);
    const fast = await run(root, undefined, { profiles: [], properties: { fast: 'true' } });
    // Without the profile, extra/ is no module of the reactor: a project of its own.
    expect(fast.projects.map((p) => p.importers.map((i) => i.manifest)).sort()).toEqual([
      ['extra/pom.xml'],
      ['pom.xml', 'core/pom.xml'],
    ]);
  });

  it("lets --maven-property win over the POM's property, as mvn -D does", async () => {
    const root = tree({
      'pom.xml': pom(
        `  <properties><revision>1.0</revision></properties>\n${deps(dep('lib', '${revision}'))}`,
      ),
    });
    expect((await run(root)).components.map((c) => c.purl)).toEqual(['pkg:maven/org.x/lib@1.0']);
    const given = await run(root, undefined, { profiles: [], properties: { revision: '2.5' } });
    expect(given.components.map((c) => c.purl)).toEqual(['pkg:maven/org.x/lib@2.5']);
  });
});
