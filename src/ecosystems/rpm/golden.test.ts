// Golden test: real openEuler and Anolis OS spec files (see __fixtures__/generate.sh) read by
// Steward must give what rpm's own parser (rpmspec 4.18) gives: the same binary packages with the
// same version-release and License, the same Requires/Recommends/Suggests per package with the same
// constraints, and the same BuildRequires.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scan } from '../../pipeline/scan.js';
import { distroHint } from './distro-hint.js';
import { specGraph } from './extract-spec.js';
import { rpmSpecPlugin } from './index.js';

const dir = fileURLToPath(new URL('./__fixtures__', import.meta.url));

interface Listing {
  packages: Map<string, { evr: string; license: string; deps: string[] }>;
  buildRequires: string[];
}

/** Parses the listing generate.sh wrote from rpmspec. */
function rpmspecListing(name: string): Listing {
  const packages: Listing['packages'] = new Map();
  const buildRequires: string[] = [];
  let current: { evr: string; license: string; deps: string[] } | undefined;
  for (const line of readFileSync(`${dir}/${name}.rpmspec.txt`, 'utf8').split('\n')) {
    const [kind, ...rest] = line.split(' ');
    if (kind === 'P') {
      const [pkg, , v, r] = rest;
      current = { evr: `${v}-${r}`, license: '', deps: [] };
      packages.set(pkg!, current);
    } else if (kind === 'L') current!.license = rest.join(' ');
    else if (kind === 'R' || kind === 'C' || kind === 'S')
      current!.deps.push(`${kind} ${rest.join(' ')}`.trim());
    else if (kind === 'B') buildRequires.push(rest.join(' '));
  }
  return { packages, buildRequires };
}

describe.each(['c-ares', 'koji', 'cryptpilot', 'loongshield', 'lxc', 'sysSentry'])(
  'rpm spec golden: %s',
  (name) => {
    it('matches rpmspec: packages, versions, licenses, dependencies and build dependencies', async () => {
      const result = await scan(`${dir}/${name}.spec`, { plugins: [rpmSpecPlugin], analyzers: [] });
      expect(result.status.failures).toEqual([]);
      const expected = rpmspecListing(name);
      const graphEdges = result.relationships;
      const comps = new Map(result.components.map((c) => [c.purl, c]));
      const graph = specGraph(`${name}.spec`, readFileSync(`${dir}/${name}.spec`, 'utf8')).graphs[0]!;
      const own = result.components.filter((c) => c.properties?.rpmPackage);
      expect(new Set(own.map((c) => c.name))).toEqual(new Set(expected.packages.keys()));
      for (const c of own) {
        const e = expected.packages.get(c.name)!;
        expect(c.version, c.name).toBe(e.evr);
        expect(c.declaredLicense, c.name).toBe(e.license);
        // Dependencies with their constraints as the parser's edges carry them.
        const deps = graph.edges
          .filter((edge) => edge.from === `package:${c.name}`)
          .map((edge) => {
            const t = graph.nodes.find((n) => n.id === edge.to)!;
            // Recommends and Suggests are both optional edges; tell them apart by the listing.
            const l =
              edge.kind === 'optional' ? (e.deps.some((d) => d.startsWith(`S ${t.name}`)) ? 'S' : 'C') : 'R';
            return `${l} ${t.name} ${edge.range ?? ''}`.trim();
          });
        expect([...new Set(deps)].sort(), c.name).toEqual([...new Set(e.deps)].sort());
      }
      const importer = `importer:.`;
      const build = graphEdges
        .filter((r) => r.from === importer && r.kind === 'dev')
        .map((r) => {
          const t = comps.get(r.to)!;
          return `${t.name}${t.range ? ` ${t.range}` : ''}`;
        });
      expect(build.sort()).toEqual(expected.buildRequires.sort());
    });
  },
);

describe('rpm spec purls', () => {
  it('uses the distribution as namespace and keeps constraints as ranges', async () => {
    const result = await scan(`${dir}/cryptpilot.spec`, { plugins: [rpmSpecPlugin], analyzers: [] });
    expect(result.projects[0]?.importers[0]?.purl).toBe('pkg:rpm/anolis/cryptpilot@0.3.0-1');
    const rust = result.components.find((c) => c.name === 'rust')!;
    expect(rust).toMatchObject({
      purl: 'pkg:rpm/anolis/rust',
      version: null,
      range: '>= 1.82.0',
      scopes: ['dev'],
    });
    const koji = await scan(`${dir}/koji.spec`, { plugins: [rpmSpecPlugin], analyzers: [] });
    // koji.spec carries no sign of its distribution: the neutral namespace.
    expect(koji.components.find((c) => c.name === 'python3-koji')?.purl).toBe(
      'pkg:rpm/rpm/python3-koji@1.32.0-1?arch=noarch',
    );
    expect(distroHint('src-openeuler/koji/koji.spec', '')).toBe('openeuler');
    const cOares = await scan(`${dir}/c-ares.spec`, { plugins: [rpmSpecPlugin], analyzers: [] });
    expect(cOares.projects[0]?.importers[0]?.purl).toBe('pkg:rpm/openeuler/c-ares@1.18.1-5');
    const cares = await scan(`${dir}/c-ares.spec`, { plugins: [rpmSpecPlugin], analyzers: [] });
    const main = cares.components.find((c) => c.name === 'c-ares')!;
    expect(main.properties).toMatchObject({
      homepage: 'https://github.com/c-ares/c-ares',
      patches: expect.stringContaining('backport-disable-live-tests.patch'),
    });
    expect(main.source?.url).toBe(
      'https://github.com/c-ares/c-ares/releases/download/cares-1_18_1/c-ares-1.18.1.tar.gz',
    );
  });
});
