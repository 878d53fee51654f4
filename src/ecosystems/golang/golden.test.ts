// Golden tests over a module built offline by the real go command (see __fixtures__/generate.sh):
// the executable's modules must equal what `go version -m` prints, and go.mod (+ go.sum),
// vendor/modules.txt and the executable must agree on the components.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DependencyGraph } from '../../core/model.js';
import { walk } from '../../discover/walk.js';
import { makeContext } from '../../pipeline/context.js';
import { scan } from '../../pipeline/scan.js';
import { goBinaryPlugin, goModPlugin, goVendorPlugin } from './index.js';

const root = fileURLToPath(new URL('./__fixtures__', import.meta.url));

async function graph(plugin: typeof goModPlugin, file: string): Promise<DependencyGraph> {
  const ctx = makeContext(root, await walk(root), true, 1 << 26);
  const out = await plugin.extract(file, ctx);
  expect(out.failures ?? []).toEqual([]);
  return out.graphs[0]!;
}

/** `go version -m` output -> what is built: "path@version" (a replacement replaces both). */
function goVersionM(): { go: string; main: string; built: string[] } {
  const lines = readFileSync(`${root}/go-version-m.txt`, 'utf8').split('\n');
  const go = lines[0]!.split(': ')[1]!;
  const deps: string[][] = [];
  let main = '';
  for (const l of lines.slice(1)) {
    const f = l.trim().split('\t');
    if (f[0] === 'mod') main = f[1]!;
    if (f[0] === 'dep') deps.push([f[1]!, f[2]!]);
    if (f[0] === '=>')
      deps[deps.length - 1] = f[1]!.startsWith('.') ? [deps.at(-1)![0]!, 'local'] : [f[1]!, f[2]!];
  }
  return { go, main, built: deps.map(([p, v]) => `${p}@${v}`).sort() };
}

const built = (g: DependencyGraph) =>
  g.nodes
    .filter((n) => n.name !== 'stdlib')
    .map((n) => `${n.name}@${n.version ?? 'local'}`)
    .sort();

describe('Go executable build info', () => {
  it('lists the modules `go version -m` prints, replacements applied', async () => {
    const g = await graph(goBinaryPlugin, 'bin/app');
    const want = goVersionM();
    expect(built(g)).toEqual(want.built);
    expect(g.importers).toEqual([
      { path: '.', name: want.main, purl: 'pkg:golang/example.com/app', manifest: 'bin/app' },
    ]);
    const stdlib = g.nodes.find((n) => n.name === 'stdlib')!;
    expect(`go${stdlib.version}`).toBe(want.go);
    expect(stdlib.platform).toEqual({ os: ['linux'], cpu: ['amd64'] });
  });

  it('keeps the h1 sum and what a replacement replaces', async () => {
    const g = await graph(goBinaryPlugin, 'bin/app');
    expect(g.nodes.find((n) => n.name === 'example.com/words')).toMatchObject({
      version: 'v0.4.0',
      purl: 'pkg:golang/example.com/words@v0.4.0',
      properties: {
        replaces: 'example.com/words@v0.3.1',
        'go.sum:h1': 'h1:U8d3RX8qTsanYaR/GLZ6jpviKyifynf96s1gE9cK3Xo=',
      },
    });
  });
});

describe('go.mod with go.sum', () => {
  it('agrees with the executable on every module and carries go.sum hashes and indirect flags', async () => {
    const g = await graph(goModPlugin, 'app/go.mod');
    expect(built(g)).toEqual(goVersionM().built);
    const words = g.nodes.find((n) => n.name === 'example.com/words')!;
    expect(words).toMatchObject({
      location: { file: 'app/go.mod', line: 10 },
      properties: {
        indirect: true,
        replaces: 'example.com/words@v0.3.1',
        'go.sum:h1': 'h1:U8d3RX8qTsanYaR/GLZ6jpviKyifynf96s1gE9cK3Xo=',
        'go.sum:go.mod-h1': 'h1:dDfoONe+nHjjSKTaYymWCw9EEebIWzfM+4C0D3VZRqo=',
      },
    });
    const local = g.nodes.find((n) => n.name === 'example.com/localmod')!;
    expect([local.version, local.range, local.source]).toEqual([
      null,
      'v0.0.0',
      { type: 'file', url: 'app/localmod' },
    ]);
    expect(g.importers[0]).toMatchObject({ name: 'example.com/app', manifest: 'app/go.mod' });
  });

  it('reads a public go.mod with toolchain, local replacements and indirect blocks', async () => {
    const g = await graph(goModPlugin, 'public/raylib/go.mod');
    expect(g.nodes.map((n) => [n.purl, n.properties?.indirect ?? false])).toEqual([
      ['pkg:golang/github.com/ebitengine/purego@v0.7.1', false],
      ['pkg:golang/github.com/igadmg/raylib-go/raymath', false],
      ['pkg:golang/golang.org/x/sys@v0.21.0', false],
      ['pkg:golang/github.com/igadmg/goex', true],
      ['pkg:golang/golang.org/x/exp@v0.0.0-20240604190554-fc45aab8b7f8', true],
    ]);
    expect(g.nodes[1]!.source).toEqual({ type: 'file', url: 'public/raymath' });
  });
});

describe('vendor/modules.txt', () => {
  it('agrees with go.mod and marks explicit requirements', async () => {
    const g = await graph(goVendorPlugin, 'app/vendor/modules.txt');
    expect(built(g)).toEqual(goVersionM().built);
    expect(g.nodes.every((n) => n.properties?.explicit === true)).toBe(true);
    expect(g.importers).toEqual([{ path: '..' }]);
  });

  it('is claimed only where no go.mod sits beside vendor/', async () => {
    const tree = await walk(root);
    expect(goVendorPlugin.claims('app/vendor/modules.txt', tree)).toBe(false);
    expect(goVendorPlugin.claims('other/vendor/modules.txt', tree)).toBe(true);
  });

  it('makes one component per module across the three sources in a full scan', async () => {
    const r = await scan(root, { plugins: [goModPlugin, goVendorPlugin, goBinaryPlugin], analyzers: [] });
    expect(r.status.failures).toEqual([]);
    const words = r.components.find((c) => c.purl === 'pkg:golang/example.com/words@v0.4.0')!;
    expect(words.foundBy.sort()).toEqual(['golang/go-binary', 'golang/go-mod']);
    expect(words.scopes).toEqual(['prod']);
  });
});
