// Golden tests over a reactor resolved against POMs copied from Debian's Maven repository (see
// __fixtures__/generate.sh): every module's resolved set must equal what Maven 3.8.7 itself
// printed with `dependency:tree` (mvn-dependency-tree.txt), and the scan must carry it through.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { walk } from '../../discover/walk.js';
import { makeContext } from '../../pipeline/context.js';
import { scan } from '../../pipeline/scan.js';
import { ModelBuilder, newProblems } from './effective-pom.js';
import { mavenPomPlugin } from './index.js';
import { PomLoader } from './pom-loader.js';
import { resolveTransitive } from './resolve-transitive.js';

const fixtures = fileURLToPath(new URL('./__fixtures__', import.meta.url));
const root = `${fixtures}/reactor`;
const m2 = `${fixtures}/m2`;

/** mvn-dependency-tree.txt -> module -> sorted "group:artifact:type:version:scope" lines. */
function mavenTrees(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current: string[] = [];
  for (const line of readFileSync(`${fixtures}/mvn-dependency-tree.txt`, 'utf8').split('\n')) {
    if (line.startsWith('# ')) out.set(line.slice(2), (current = []));
    const m = /^[|\s\\+-]+ (\S+)/.exec(line);
    if (m && line.match(/^[|\s]*[+\\]-/)) current.push(m[1]!);
  }
  for (const v of out.values()) v.sort();
  return out;
}

async function resolveModule(module: string): Promise<string[]> {
  const ctx = makeContext(root, await walk(root), true, 1 << 26, { mavenRepo: m2 });
  const loader = new PomLoader(ctx);
  const builder = new ModelBuilder(loader, newProblems());
  // The reactor: modules are found by coordinates before the repository.
  for (const dir of ['bom', 'lib', 'app']) {
    const pom = (await loader.tree(`${dir}/pom.xml`))!;
    const eff = await builder.effective(pom);
    loader.reactor.set(`${eff.groupId}:${eff.artifactId}:${eff.version}`, pom);
  }
  const eff = await builder.effective((await loader.tree(`${module}/pom.xml`))!);
  const res = await resolveTransitive(eff, builder, loader);
  expect(res.missing).toEqual([]);
  return res.artifacts
    .map((a) => `${a.dep.groupId}:${a.dep.artifactId}:${a.dep.type}:${a.version}:${a.scope}`)
    .sort();
}

describe('Maven resolution against a local repository', () => {
  it.each(['lib', 'app'])('module %s resolves to what `mvn dependency:tree` printed', async (module) => {
    const want = mavenTrees().get(module)!;
    expect(want.length).toBeGreaterThan(1);
    expect(await resolveModule(module)).toEqual(want);
  });

  it('scans the reactor as one project with its modules as importers', async () => {
    const result = await scan(root, { plugins: [mavenPomPlugin], analyzers: [], mavenRepo: m2 });
    expect(result.status.failures).toEqual([]);
    expect(result.projects.map((p) => p.importers.map((i) => i.path))).toEqual([['.', 'bom', 'lib', 'app']]);
    const byPurl = new Map(result.components.map((c) => [c.purl, c]));
    expect([...byPurl.keys()].sort()).toEqual([
      'pkg:maven/com.fasterxml.jackson.core/jackson-annotations@2.x',
      'pkg:maven/com.fasterxml.jackson.core/jackson-core@2.x',
      'pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.x',
      'pkg:maven/com.google.errorprone/error_prone_annotations@debian',
      'pkg:maven/com.google.guava/guava@31.1-jre',
      'pkg:maven/commons-cli/commons-cli@1.5.0',
      'pkg:maven/commons-io/commons-io@2.11.0',
      'pkg:maven/org.apache.commons/commons-compress@1.22',
      'pkg:maven/org.apache.commons/commons-lang3@3.12.0',
      'pkg:maven/org.apache.commons/commons-text@1.10.0',
    ]);
    expect(byPurl.get('pkg:maven/org.apache.commons/commons-compress@1.22')!.scopes).toEqual(['dev']);
    expect(byPurl.get('pkg:maven/commons-cli/commons-cli@1.5.0')!.scopes).toContain('optional');
    expect(byPurl.get('pkg:maven/commons-io/commons-io@2.11.0')).toMatchObject({
      scopes: ['prod'],
      properties: { mavenScope: 'provided' },
    });
    expect(byPurl.get('pkg:maven/org.apache.commons/commons-text@1.10.0')!.locations).toContainEqual({
      file: 'app/pom.xml',
      line: 16,
    });
  });
});

describe('Maven POMs without a repository', () => {
  it('lists the declared dependencies with versions from parents, properties and BOMs', async () => {
    const ctx = makeContext(root, await walk(root), true, 1 << 26);
    const out = await mavenPomPlugin.extract('pom.xml', ctx);
    expect(out.failures ?? []).toEqual([]);
    expect(out.diagnostics?.map((d) => d.code)).toEqual(['maven/bom-not-found', 'maven/no-repository']);
    const g = out.graphs[0]!;
    expect(g.nodes.map((n) => n.purl).sort()).toEqual([
      'pkg:maven/com.fasterxml.jackson.core/jackson-databind',
      'pkg:maven/com.google.guava/guava@31.1-jre',
      'pkg:maven/commons-cli/commons-cli@1.5.0',
      'pkg:maven/commons-io/commons-io@2.11.0',
      'pkg:maven/org.apache.commons/commons-compress@1.22',
      'pkg:maven/org.apache.commons/commons-lang3@3.12.0',
      'pkg:maven/org.apache.commons/commons-text@1.10.0',
    ]);
    expect(g.edges).toContainEqual({
      from: 'importer:app',
      to: 'importer:lib',
      kind: 'prod',
      range: '1.0.0',
    });
  });

  it('leaves a module to the reactor that lists it', async () => {
    const ctx = makeContext(root, await walk(root), true, 1 << 26);
    expect((await mavenPomPlugin.extract('app/pom.xml', ctx)).graphs).toEqual([]);
  });
});
