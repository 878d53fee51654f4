// `steward health` as a user runs it: the built CLI in a child process on a repository made by
// git, in JSON and in both languages, with an organisation map, a custom model and bad input.
import { cpSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/run-cli.js';
import { git, makeProject, tempRoot } from './__fixtures__/make-repo.js';

let root: string;
let project: string;
beforeAll(() => {
  root = tempRoot();
  project = makeProject(root);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('steward health', () => {
  it('prints the JSON contract fields', () => {
    const r = runCli(['health', project, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.contributors.total).toBe(git(project, ['shortlog', '-sne', 'HEAD']).trim().split('\n').length);
    expect(j.commits.total).toBe(10);
    // The fixture's commits are years old: no one is active in the last 90 days.
    expect(j.busFactor).toBeNull();
    expect(j.maturity.unmet.map((c: { id: string }) => c.id)).toContain('recent-activity');
    expect(Array.isArray(j.organizations)).toBe(true);
    expect(j.releases.count).toBe(3);
    expect(j.releases.last.tag).toBe('v1.1.0');
    expect(j.practices.find((p: { id: string }) => p.id === 'license')).toMatchObject({ passed: true });
    expect(j.maturity).toHaveProperty('stage');
    expect(Array.isArray(j.maturity.unmet)).toBe(true);
  });

  it('applies an organisation map and a window', () => {
    const map = join(root, 'orgs.yaml');
    writeFileSync(map, 'other.example: Other Inc\ngmail.com: Gmail Lovers\n');
    const r = runCli(['health', project, '--format', 'json', '--org-map', map, '--window', '100y']);
    const j = JSON.parse(r.stdout);
    const names = j.organizations.map((o: { name: string }) => o.name);
    expect(names).toContain('Other Inc');
    expect(names).toContain('Gmail Lovers');
    expect(j.window.days).toBe(36500);
    expect(j.busFactor).toBe(2);
    expect(j.commits.window).toBe(10);
  });

  it('renders the table in Chinese with the blocking criteria', () => {
    const r = runCli(['health', project, '--lang', 'zh-CN']);
    expect(r.stdout).toContain('项目健康度');
    expect(r.stdout).toContain('成熟度');
    expect(r.stdout).toMatch(/巴士因子/);
  });

  it('evaluates a custom maturity model', () => {
    const model = join(root, 'model.yaml');
    writeFileSync(
      model,
      [
        'name: tiny',
        'stages:',
        '  - id: alive',
        '    title: { en: Alive, zh-CN: 活跃 }',
        '    criteria:',
        '      - { id: tags, metric: releases.count, op: gte, value: 3, text: { en: Three tags, zh-CN: 三个标签 } }',
        '  - id: famous',
        '    title: { en: Famous, zh-CN: 著名 }',
        '    criteria:',
        '      - { id: crowd, metric: contributors.total, op: gte, value: 1000, text: { en: A crowd, zh-CN: 很多人 } }',
      ].join('\n'),
    );
    const j = JSON.parse(runCli(['health', project, '--format', 'json', '--model', model]).stdout);
    expect(j.maturity).toMatchObject({ model: 'tiny', stage: 'alive', next: 'famous' });
    expect(j.maturity.unmet).toMatchObject([{ id: 'crowd', actual: 5, status: 'unmet' }]);
  });

  it('exits 4 with the reason on stderr when the history is partly unreadable', () => {
    const copy = join(root, 'corrupt');
    cpSync(project, copy, { recursive: true });
    const hash = git(copy, ['rev-parse', 'HEAD~5']).trim();
    unlinkSync(join(copy, '.git', 'objects', hash.slice(0, 2), hash.slice(2)));
    const r = runCli(['health', copy, '--format', 'json']);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/health\/partial-history/);
    expect(JSON.parse(r.stdout).partial).toBe(true);
  });

  it('exits 2 with a clear message outside a git repository', () => {
    const r = runCli(['health', root]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is not a git repository/);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('exits 2 on a bad model or window', () => {
    const bad = join(root, 'bad-model.yaml');
    writeFileSync(bad, 'stages: []\n');
    const m = runCli(['health', project, '--model', bad]);
    expect(m.code).toBe(2);
    expect(m.stderr).toMatch(/needs a non-empty "stages" list/);
    expect(runCli(['health', project, '--window', 'soon']).code).toBe(2);
  });
});
