// Health figures on real repositories built by git itself, compared with git's own answers
// (git shortlog -sne, git rev-list --count, git tag, git for-each-ref) and with the counts the
// fixture was designed to have.
import { cpSync, readdirSync, rmSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMalformedCommit, git, makeProject, NOW, tempRoot } from './__fixtures__/make-repo.js';
import { analyzeHealth } from './analyze.js';
import type { HealthReport } from './report.js';
import { RepositoryError } from './repository.js';

let root: string;
let project: string;
let report: HealthReport;

/** `git shortlog -sne HEAD` as a map of "Name <email>" to commit count. */
function shortlog(dir: string): Map<string, number> {
  const out = git(dir, ['shortlog', '-sne', 'HEAD']);
  return new Map(
    out
      .trim()
      .split('\n')
      .map((l) => /^\s*(\d+)\t(.*)$/.exec(l)!)
      .map((m) => [m[2]!, Number(m[1])]),
  );
}

beforeAll(async () => {
  root = tempRoot();
  project = makeProject(root);
  report = await analyzeHealth(project, { now: NOW, orgMap: new Map([['other.example', 'Other Inc']]) });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('health on a normal clone', () => {
  it('counts contributors exactly as git shortlog -sne does, after .mailmap', () => {
    const expected = shortlog(project);
    expect(report.contributors.total).toBe(expected.size);
    expect(report.contributors.total).toBe(5);
    for (const c of report.contributors.top)
      expect(expected.get(`${c.name} <${c.email}>`), c.name).toBe(c.commits);
    expect(report.contributors.top.map((c) => c.email)).not.toContain('alice@gmail.com');
  });

  it('counts commits as git rev-list does', () => {
    expect(report.commits.total).toBe(Number(git(project, ['rev-list', '--count', 'HEAD'])));
    expect(report.commits.merges).toBe(Number(git(project, ['rev-list', '--count', '--merges', 'HEAD'])));
    expect(report.commits.window).toBe(5);
    expect(report.partial).toBe(false);
  });

  it('reads the monthly series and newcomers with their retention', () => {
    expect(report.commits.monthly.find((m) => m.month === '2024-05')).toEqual({
      month: '2024-05',
      commits: 3,
      activeContributors: 3,
    });
    const [latest, previous] = report.contributors.windows;
    expect(latest).toMatchObject({ commits: 5, activeContributors: 5, newContributors: 1, retained: null });
    expect(previous).toMatchObject({ commits: 1, activeContributors: 1, newContributors: 1, retained: 1 });
    expect(report.contributors.growthRate).toBe(4);
  });

  it('finds the bus factor, organisations and elephant factor', () => {
    expect(report.busFactor).toBe(3);
    expect(report.busFactorAllTime).toBe(2); // Alice 3 + one of the 2s = 5 of 10
    const orgs = Object.fromEntries(report.organizations.map((o) => [o.name, o]));
    expect(orgs['Other Inc']).toMatchObject({
      kind: 'organization',
      contributors: 2,
      commits: 3,
      commitsInWindow: 2,
    });
    expect(orgs['corp.example']).toMatchObject({ contributors: 1, commits: 3 });
    expect(orgs['(individual)']).toMatchObject({ kind: 'individual', contributors: 2, commits: 4 });
    expect(orgs['other.example']).toBeUndefined();
    expect(report.elephantFactor).toBe(1);
  });

  it('reads releases from tags as git does', () => {
    const tags = git(project, ['tag']).trim().split('\n');
    expect(report.releases.count).toBe(tags.length);
    const newest = git(project, [
      'for-each-ref',
      '--sort=-creatordate',
      '--count=1',
      '--format=%(refname:short)',
      'refs/tags',
    ]).trim();
    expect(report.releases.last?.tag).toBe(newest);
    expect(report.releases.last).toEqual({ tag: 'v1.1.0', date: '2024-06-15T12:00:00.000Z' });
    expect(report.releases.semverTags).toBe(2);
    expect(report.releases.annotatedTags).toBe(1);
    expect(report.releases.daysSinceLast).toBe(15.5);
  });

  it('lists practices from the tree and the history', () => {
    const p = Object.fromEntries(report.practices.map((x) => [x.id, x]));
    expect(p.license?.passed).toBe(true);
    expect(p['license-recognised']).toMatchObject({ passed: true, evidence: ['LICENSE: ISC'] });
    expect(p['security-policy']?.passed).toBe(true);
    expect(p.contributing?.passed).toBe(true);
    expect(p['code-of-conduct']?.passed).toBe(false);
    expect(p.ci).toMatchObject({ passed: true, evidence: ['.github/workflows/ci.yml'] });
    expect(p.lockfile?.passed).toBe(true);
    expect(p['no-committed-binaries']).toMatchObject({ passed: false, evidence: ['bin/tool.exe'] });
    expect(p['dco-sign-off']).toMatchObject({ passed: false, value: 0.111 });
    expect(p['change-requests']).toMatchObject({ passed: true, value: 2 });
    expect(p['signed-commits']).toMatchObject({ passed: false, value: 0 });
    expect(report.changeRequests).toMatchObject({ github: 1, githubSquash: 1, gitee: 0 });
    expect(report.ci).toEqual(['github-actions']);
  });

  it('places the project in the default maturity model and names what blocks the next stage', () => {
    expect(report.maturity.stage).toBe('sandbox');
    expect(report.maturity.next).toBe('incubating');
    expect(report.maturity.unmet.map((c) => c.id)).toEqual(['code-of-conduct']);
    expect(report.maturity.unmet[0]!.text['zh-CN']).toBe('有行为准则');
    // Every criterion of the shipped model refers to a metric the report computes.
    for (const c of report.maturity.criteria)
      expect(Object.keys(report.metrics), c.metric).toContain(c.metric);
  });

  it('honours --since like git log --since', async () => {
    const since = await analyzeHealth(project, { now: NOW, since: '2024-01-01' });
    const count = Number(git(project, ['rev-list', '--count', '--since=2024-01-01', 'HEAD']));
    expect(since.commits.total).toBe(count);
    expect(since.contributors.total).toBe(
      git(project, ['shortlog', '-sne', '--since=2024-01-01', 'HEAD']).trim().split('\n').length,
    );
  });
});

describe('health on other kinds of repository', () => {
  it('gives the same figures on a bare clone', async () => {
    const bare = join(root, 'bare.git');
    git(root, ['clone', '-q', '--bare', project, bare]);
    const r = await analyzeHealth(bare, { now: NOW });
    expect(r.repository.bare).toBe(true);
    expect(r.contributors.total).toBe(report.contributors.total);
    expect(r.commits.total).toBe(report.commits.total);
    expect(r.releases.count).toBe(report.releases.count);
    expect(r.practices).toEqual(report.practices);
  });

  it('reads .mailmap from the work tree when given its .git directory', async () => {
    const r = await analyzeHealth(join(project, '.git'), { now: NOW });
    expect(r.contributors.total).toBe(report.contributors.total);
    expect(r.contributors.top.map((c) => c.email)).not.toContain('alice@gmail.com');
  });

  it('says what a shallow clone cannot tell', async () => {
    const shallow = join(root, 'shallow');
    git(root, ['clone', '-q', '--depth', '2', `file://${project}`, shallow]);
    const r = await analyzeHealth(shallow, { now: NOW });
    expect(r.repository.shallow).toBe(true);
    expect(r.commits.total).toBe(Number(git(shallow, ['rev-list', '--count', 'HEAD'])));
    expect(r.diagnostics.map((d) => d.code)).toContain('health/shallow');
    expect(r.limitations).toContain('shallow-history');
    expect(r.metrics['contributors.total']).toBeNull();
    expect(r.maturity.criteria.find((c) => c.metric === 'busFactor')?.status).toBe('unknown');
  });

  it('refuses a directory that is not a repository', async () => {
    await expect(analyzeHealth(root, { now: NOW })).rejects.toBeInstanceOf(RepositoryError);
    await expect(analyzeHealth(root, { now: NOW })).rejects.toMatchObject({ reason: 'not-a-repository' });
  });

  it('marks results partial when an object is missing', async () => {
    const copy = join(root, 'corrupt');
    cpSync(project, copy, { recursive: true });
    const hash = git(copy, ['rev-parse', 'HEAD~5']).trim();
    unlinkSync(join(copy, '.git', 'objects', hash.slice(0, 2), hash.slice(2)));
    const r = await analyzeHealth(copy, { now: NOW });
    expect(r.partial).toBe(true);
    expect(r.diagnostics.map((d) => d.code)).toContain('health/partial-history');
    expect(r.commits.total).toBeGreaterThan(0);
    expect(r.commits.total).toBeLessThan(report.commits.total);
  });

  it('keeps the history figures when the tree at HEAD is unreadable', async () => {
    const copy = join(root, 'no-tree');
    cpSync(project, copy, { recursive: true });
    const tree = git(copy, ['rev-parse', 'HEAD^{tree}']).trim();
    unlinkSync(join(copy, '.git', 'objects', tree.slice(0, 2), tree.slice(2)));
    const r = await analyzeHealth(copy, { now: NOW });
    expect(r.partial).toBe(true);
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'health/git-failed',
        params: expect.objectContaining({ command: 'ls-tree' }),
      }),
    );
    expect(r.commits.total).toBe(report.commits.total);
    // Unknown, not failed: the tree could not be read.
    expect(r.practices.find((p) => p.id === 'license')?.passed).toBeNull();
  });

  it('counts malformed identities and dates as git does and flags them', async () => {
    const copy = join(root, 'malformed');
    cpSync(project, copy, { recursive: true });
    addMalformedCommit(copy);
    const r = await analyzeHealth(copy, { now: NOW });
    expect(r.contributors.total).toBe(shortlog(copy).size);
    expect(r.commits.malformed).toEqual({ dates: 1, identities: 1 });
    expect(r.partial).toBe(true);
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'health/malformed-commits',
        params: { count: 1, dates: 1, identities: 1 },
      }),
    );
  });

  it('reports an empty repository without failing', async () => {
    const empty = join(root, 'empty');
    git(root, ['init', '-q', empty]);
    const r = await analyzeHealth(empty, { now: NOW });
    expect(r.commits.total).toBe(0);
    expect(r.busFactor).toBeNull();
    expect(r.diagnostics.map((d) => d.code)).toContain('health/no-commits');
    expect(readdirSync(empty)).toContain('.git');
  });
});
