// Golden test for go.work: a workspace made by the real go command (see
// __fixtures__/generate-workspace.sh) must yield the modules `go list -m all` lists in workspace
// mode, with go.work's replacements winning over the modules' own, go.work.sum hashes joining
// go.sum's, and each used module reported once, as an importer of the workspace.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DependencyGraph } from '../../core/model.js';
import { walk } from '../../discover/walk.js';
import { makeContext } from '../../pipeline/context.js';
import { scan } from '../../pipeline/scan.js';
import { goModPlugin, goVendorPlugin, goWorkPlugin } from './index.js';

const root = fileURLToPath(new URL('./__fixtures__/workspace', import.meta.url));

async function workspaceGraph(): Promise<DependencyGraph> {
  const ctx = makeContext(root, await walk(root), true, 1 << 26);
  const out = await goWorkPlugin.extract('go.work', ctx);
  expect(out.failures ?? []).toEqual([]);
  return out.graphs[0]!;
}

/** `go list -m all`: main modules (no version) and the build list, "path version [=> dir]". */
function listMAll() {
  const lines = readFileSync(`${root}/list-m-all.txt`, 'utf8').trim().split('\n');
  const main = lines.filter((l) => !l.includes(' '));
  const built = lines
    .filter((l) => l.includes(' '))
    .map((l) => {
      const [path, version, , to] = l.split(' ');
      return to?.startsWith('.') ? `${path}@local` : `${path}@${version}`;
    });
  return { main, built };
}

/** `go list -m -json all`: a stream of JSON objects. */
function listMJson(): { Path: string; Main?: boolean; GoMod?: string; Replace?: { Path: string } }[] {
  const text = readFileSync(`${root}/list-m-json.txt`, 'utf8');
  return JSON.parse(`[${text.replace(/}\n{/g, '},{')}]`) as ReturnType<typeof listMJson>;
}

describe('go.work workspace', () => {
  it('has the main modules of `go list -m -json all` as importers, with their go.mod', async () => {
    const g = await workspaceGraph();
    const main = listMJson().filter((m) => m.Main);
    expect(g.importers.map((i) => [i.name, i.manifest])).toEqual(
      main.map((m) => [m.Path, m.GoMod!.replace('<workspace>/', '')]),
    );
    expect(g.importers.map((i) => i.path)).toEqual(['app', 'lib', 'tools']);
    expect(listMAll().main).toEqual(g.importers.map((i) => i.name));
  });

  it('builds the modules `go list -m all` lists, except a version only a dependency asks for', async () => {
    const g = await workspaceGraph();
    const ours = g.nodes.map((n) => `${n.name}@${n.version ?? 'local'}`).sort();
    const go = listMAll().built.sort();
    // shade's go.mod (in the module cache, not in the tree) raises color to v1.2.0; the go.mod
    // files in the workspace ask for at most v1.1.0, which is what offline selection can see.
    expect(ours.filter((x) => !go.includes(x))).toEqual(['example.com/color@v1.1.0']);
    expect(go.filter((x) => !ours.includes(x))).toEqual(['example.com/color@v1.2.0']);
  });

  it("applies go.work's replace over the module's own, as go does", async () => {
    const g = await workspaceGraph();
    const json = listMJson().find((m) => m.Path === 'example.com/words')!;
    expect(json.Replace?.Path).toBe('./forks/words');
    const words = g.nodes.find((n) => n.name === 'example.com/words')!;
    // app/go.mod says words v0.3.1 => v0.4.0; go.work's `v0.3.1 => ./forks/words` wins.
    expect(words).toMatchObject({
      version: null,
      range: 'v0.3.1',
      purl: 'pkg:golang/example.com/words',
      source: { type: 'file', url: 'forks/words' },
      properties: { replaces: 'example.com/words@v0.3.1' },
    });
    expect(g.nodes.some((n) => n.version === 'v0.4.0')).toBe(false);
  });

  it('takes hashes from go.work.sum and from each module go.sum', async () => {
    const g = await workspaceGraph();
    const props = (name: string) => g.nodes.find((n) => n.name === name)!.properties;
    expect(props('example.com/extra')).toMatchObject({
      'go.sum:h1': 'h1:m4A5c0RduunoV7ZWZzyD2zDbILp3O20/kich2sm3wvU=', // go.work.sum
      'go.sum:go.mod-h1': 'h1:1TDHB/UD+79GSC1tOXQS2Z98IH9gW6ldo+PuZYqd+xs=',
    });
    expect(props('example.com/color')).toMatchObject({
      'go.sum:h1': 'h1:QSLQ2UlLTraPt19QGU2hxNT59w5YFNRYpXzPAgycW3Q=', // lib/go.sum (and app's)
    });
  });

  it('links workspace modules to each other and keeps each requirement as declared', async () => {
    const g = await workspaceGraph();
    const label = (id: string) => g.nodes.find((n) => n.id === id)?.name ?? id;
    const edges = g.edges.map((e) => `${e.from} -> ${label(e.to)} ${e.range}`).sort();
    expect(edges).toEqual([
      'importer:app -> example.com/color v1.1.0',
      'importer:app -> example.com/greet v1.2.0',
      'importer:app -> example.com/words v0.3.1',
      'importer:app -> importer:lib v0.0.0',
      'importer:lib -> example.com/color v1.1.0',
      'importer:tools -> example.com/extra v1.0.0',
      'importer:tools -> example.com/shade v1.0.0',
      'importer:tools -> example.com/words v0.3.1',
    ]);
    expect(g.nodes.find((n) => n.name === 'example.com/words')!.location).toEqual({
      file: 'app/go.mod',
      line: 15,
    });
  });

  it('reports each used module once, under the workspace; modules it does not use stand alone', async () => {
    const r = await scan(root, { plugins: [goModPlugin, goWorkPlugin, goVendorPlugin], analyzers: [] });
    expect(r.status.failures).toEqual([]);
    expect(r.projects.map((p) => [p.source, p.plugin, p.importers.map((i) => i.path)])).toEqual([
      ['forks/words/go.mod', 'golang/go-mod', ['.']], // the replacement's directory, a module of its own
      ['go.work', 'golang/go-work', ['app', 'lib', 'tools']],
      ['outside/go.mod', 'golang/go-mod', ['.']],
    ]);
    const color = r.components.find((c) => c.name === 'example.com/color')!;
    expect(color.workspaces.map((w) => w.workspace)).toEqual(['app', 'lib']);
    // words v0.4.0 is what `outside` builds; app's own replacement to it is not used in the workspace.
    const v4 = r.components.find((c) => c.purl === 'pkg:golang/example.com/words@v0.4.0')!;
    expect(v4.workspaces.map((w) => w.workspace)).toEqual(['outside']);
  });

  it('leaves a workspace vendor/modules.txt (go work vendor) to the workspace', () => {
    const tree = { hasFile: (f: string) => f === 'go.work', hasDir: () => false };
    expect(goVendorPlugin.claims('vendor/modules.txt', tree)).toBe(false);
    expect(goWorkPlugin.claims('go.work', tree)).toBe(true);
    expect(goWorkPlugin.claims('testdata/go.work', tree)).toBe(false);
  });
});
