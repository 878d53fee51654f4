// pip requirements: files written by pip itself (`pip freeze` after offline local installs, `pip
// hash`), a dev file including them with -r and pinning through -c, and the line grammar.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { walk } from '../../discover/walk.js';
import { makeContext } from '../../pipeline/context.js';
import { isRequirementsFile, requirementsPlugin } from './index.js';
import { logicalLines, parseRequirementLine, pinnedVersion } from './requirements-line.js';

const root = fileURLToPath(new URL('./__fixtures__/pip-freeze', import.meta.url));

async function graph(file: string) {
  const ctx = makeContext(root, await walk(root), true, 1 << 26);
  const out = await requirementsPlugin.extract(file, ctx);
  expect(out.failures ?? []).toEqual([]);
  return out.graphs[0]!;
}

describe('requirements files from pip', () => {
  it('reads pip freeze: a direct URL install and an editable git checkout with its commit', async () => {
    const g = await graph('requirements.txt');
    const byName = Object.fromEntries(g.nodes.map((n) => [n.name, n]));
    expect(Object.keys(byName).sort()).toEqual(['plain-pkg', 'vcs-pkg']);
    expect(byName['plain-pkg']).toMatchObject({
      version: null,
      range: 'file:///tmp/steward-pip-fixtures/plain-pkg',
      source: { type: 'file', url: '/tmp/steward-pip-fixtures/plain-pkg' },
      location: { file: 'requirements.txt', line: 1 },
    });
    expect(byName['vcs-pkg']).toMatchObject({
      source: { type: 'git', commit: 'f107d977d6d893ce0b67d17c84141e9cd999d3be' },
      properties: { editable: true },
    });
    expect(g.unresolved).toBe(true);
  });

  it('follows -r, pins through -c, keeps --hash, extras and markers, and makes dev edges', async () => {
    const g = await graph('requirements-dev.txt');
    const requests = g.nodes.find((n) => n.name === 'requests')!;
    expect(requests).toMatchObject({
      version: '2.28.1',
      purl: 'pkg:pypi/requests@2.28.1',
      properties: { marker: "python_version >= '3.8'", extras: 'socks' },
      location: { file: 'requirements-dev.txt', line: 3 },
    });
    const pinned = g.nodes.find((n) => n.name === 'plain-pkg' && n.version === '1.4.0')!;
    expect(pinned.hashes).toHaveLength(1);
    expect(pinned.hashes![0]!.alg).toBe('SHA-256');
    expect(g.nodes.find((n) => n.name === 'vcs-pkg')?.location).toEqual({
      file: 'requirements.txt',
      line: 2,
    });
    expect(new Set(g.edges.map((e) => e.kind))).toEqual(new Set(['dev']));
    expect(g.unresolved).toBeUndefined();
  });
});

describe('requirement lines', () => {
  it('parses pins, ranges, URLs, VCS and options', () => {
    expect(parseRequirementLine('Django[argon2]>=4.2,<5 ; python_version>"3.8"')).toEqual({
      kind: 'requirement',
      req: {
        name: 'Django',
        extras: ['argon2'],
        specifier: '>=4.2,<5',
        marker: 'python_version>"3.8"',
        editable: false,
        hashes: [],
      },
    });
    expect(parseRequirementLine('https://example.com/dist/foo_bar-2.0-py3-none-any.whl')).toMatchObject({
      req: { name: 'foo_bar', specifier: '==2.0' },
    });
    expect(parseRequirementLine('--index-url https://pypi.example/simple')).toEqual({ kind: 'option' });
    expect(parseRequirementLine('-c ../constraints.txt')).toEqual({
      kind: 'include',
      constraint: true,
      path: '../constraints.txt',
    });
    expect(pinnedVersion('==1.2.3')).toBe('1.2.3');
    expect(pinnedVersion('==1.2.*')).toBeUndefined();
    expect(pinnedVersion('>=1')).toBeUndefined();
  });

  it('joins continuations and drops comments, keeping the first line number', () => {
    expect(logicalLines('# c\na==1 \\\n  --hash=sha256:ab # x\n\nb  # y\n')).toEqual([
      { text: 'a==1    --hash=sha256:ab', line: 2 },
      { text: 'b', line: 5 },
    ]);
  });

  it('claims requirements files by their usual names only', () => {
    for (const p of [
      'requirements.txt',
      'requirements-dev.txt',
      'dev-requirements.txt',
      'requirements/base.txt',
    ])
      expect(isRequirementsFile(p), p).toBe(true);
    for (const p of ['constraints.txt', 'requirements.in', '.venv/requirements.txt', 'notes.txt'])
      expect(isRequirementsFile(p), p).toBe(false);
  });
});
