// Golden tests for version ranges and profiles: each project under __fixtures__/ranges/ was
// resolved by Maven 3.8.7 offline against the repository in __fixtures__/m2-ranges/ (see
// generate-ranges-profiles.sh). Where Maven resolved it, the resolved set and the verbose tree's
// parent -> child declarations must be ours; where Maven stopped, we must report why.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { MavenBuild } from '../../core/plugin.js';
import { walk } from '../../discover/walk.js';
import { makeContext } from '../../pipeline/context.js';
import { mavenPomPlugin } from './index.js';

const fixtures = fileURLToPath(new URL('./__fixtures__', import.meta.url));
const m2 = `${fixtures}/m2-ranges`;

/** mvn-ranges.txt -> "case mode" -> lines. */
function mavenOutput(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current: string[] = [];
  for (const line of readFileSync(`${fixtures}/mvn-ranges.txt`, 'utf8').split('\n')) {
    if (line.startsWith('# ')) out.set(line.slice(2), (current = []));
    else if (line) current.push(line);
  }
  return out;
}

const TREE_LINE = /^([| ]*)[+\\]- \(?([^ )]+)/;

/** Resolved artifacts (non-verbose trees, roots excluded) as group:artifact:type:version:scope. */
const resolvedSet = (lines: string[]) =>
  [...new Set(lines.flatMap((l) => (TREE_LINE.exec(l) ? [TREE_LINE.exec(l)![2]!] : [])))].sort();

/** Verbose trees (one per reactor module) -> "parent > child" by group:artifact, omitted ones included. */
function declarations(lines: string[]): string[] {
  const ga = (coords: string) => coords.split(':').slice(0, 2).join(':');
  const stack: string[] = [];
  const out = new Set<string>();
  for (const l of lines) {
    const m = TREE_LINE.exec(l);
    if (!m) {
      // A line without tree drawing is the root of the next reactor module's tree.
      stack.splice(0, stack.length, ga(l));
      continue;
    }
    const depth = m[1]!.length / 3 + 1;
    stack.length = depth;
    out.add(`${stack[depth - 1]} > ${ga(m[2]!)}`);
    stack[depth] = ga(m[2]!);
  }
  return [...out].sort();
}

const readArgs = (file: string) => {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return '';
  }
};

/**
 * ranges/<case>/mvn.args ("-Dname[=value]", "-Pa,!b", given to mvn) and machine.args (what mvn's
 * JVM said about itself: java.version, os.name, os.arch) -> the scan's Maven build switches.
 */
function buildOf(dir: string): MavenBuild | undefined {
  const args = `${readArgs(`${dir}/mvn.args`)} ${readArgs(`${dir}/machine.args`)}`.trim();
  if (!args) return undefined;
  const build: MavenBuild = { profiles: [], properties: {} };
  for (const a of args.split(/\s+/)) {
    if (a.startsWith('-P')) build.profiles.push(...a.slice(2).split(','));
    if (a.startsWith('-D')) {
      const [name, value] = a.slice(2).split('=');
      build.properties[name!] = value ?? 'true';
    }
  }
  return build;
}

async function extract(name: string) {
  const root = `${fixtures}/ranges/${name}`;
  const ctx = makeContext(root, await walk(root), true, 1 << 26, {
    mavenRepo: m2,
    mavenBuild: buildOf(root),
  });
  const out = await mavenPomPlugin.extract('pom.xml', ctx);
  const g = out.graphs[0]!;
  const set = g.nodes
    .map((n) => `${n.name}:jar:${n.version ?? n.range}:${String(n.properties?.mavenScope)}`)
    .sort();
  const nameOf = new Map([
    ...g.nodes.map((n) => [n.id, n.name] as const),
    ...g.importers.map((i) => [`importer:${i.path}`, i.name!] as const),
  ]);
  const decl = [...new Set(g.edges.map((e) => `${nameOf.get(e.from)} > ${nameOf.get(e.to)}`))].sort();
  return { out, set, decl };
}

const maven = mavenOutput();
const cases = readdirSync(`${fixtures}/ranges`).sort();
const resolved = cases.filter((c) => !maven.get(`${c} plain`)![0]!.startsWith('[ERROR]'));
const failed = cases.filter((c) => !resolved.includes(c));

describe('Maven version ranges and profiles against mvn -o dependency:tree', () => {
  it('has the cases the fixture script writes, resolved and failed', () => {
    expect(resolved.length).toBeGreaterThanOrEqual(12);
    expect(failed).toEqual(['conflict', 'no-metadata', 'unsatisfied', 'unsatisfied-transitive']);
  });

  it.each(resolved)("%s: the resolved set and the declarations are Maven's", async (name) => {
    const { out, set, decl } = await extract(name);
    expect(out.failures ?? []).toEqual([]);
    expect(set).toEqual(resolvedSet(maven.get(`${name} plain`)!));
    expect(decl).toEqual(declarations(maven.get(`${name} verbose`)!));
    expect(out.diagnostics?.filter((d) => d.code.startsWith('maven/range'))).toEqual([]);
  });

  it.each(failed)('%s: Maven stops, and we say why', async (name) => {
    const error = maven.get(`${name} plain`)![0]!;
    const { out } = await extract(name);
    const codes = (out.diagnostics ?? []).map((d) => d.code).filter((c) => c.startsWith('maven/range'));
    const noVersions = /No versions available for ([^:]+:[^:]+):jar:(\S+) within specified range/.exec(error);
    if (noVersions) {
      expect(codes).toEqual(['maven/range-unsatisfied']);
      const d = out.diagnostics!.find((x) => x.code === 'maven/range-unsatisfied')!;
      expect(d.params).toMatchObject({ name: noVersions[1], file: 'pom.xml' });
      // Maven prints a single-version range [1.7] as [1.7,1.7]; ours are as written.
      expect(noVersions[2]).toContain(
        String(d.params.range)
          .replace(/^[[(]|[\])]$/g, '')
          .split(',')[0],
      );
    } else {
      expect(error).toContain('Could not resolve version conflict among');
      expect(codes).toEqual(['maven/range-conflict']);
    }
  });
});

describe('version ranges without a repository', () => {
  it('keeps the range on the component and says it is unresolved', async () => {
    const root = `${fixtures}/ranges/highest`;
    const ctx = makeContext(root, await walk(root), true, 1 << 26);
    const out = await mavenPomPlugin.extract('pom.xml', ctx);
    expect(out.graphs[0]!.nodes).toEqual([
      expect.objectContaining({ name: 'org.example.ranges:rng-a', version: null, range: '[1.0,2.0)' }),
    ]);
    expect(out.diagnostics?.map((d) => d.code)).toEqual(['maven/range-not-resolved', 'maven/no-repository']);
    expect(out.diagnostics![0]!.location).toEqual({ file: 'pom.xml', line: 8 });
  });
});
