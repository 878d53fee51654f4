// Project health from a git repository: streams the history, tags and tree out of git, derives
// activity, concentration, releases and practices, and evaluates the maturity model. Returns a
// report (partial when git failed part-way); throws only RepositoryError and ModelError.
import { diagnostic, type Diagnostic } from '../core/diagnostics.js';
import { elephantFactor, halfCover, organizations } from './concentration.js';
import { DEFAULT_MODEL_YAML } from './default-model.js';
import { growthRate, monthlySeries, windowSeries } from './growth.js';
import { HistoryAccumulator } from './history.js';
import { evaluateModel, parseModel, type MaturityModel } from './maturity-model.js';
import type { OrgMap } from './organizations.js';
import { recogniseLicenseFiles, type LicenseFileResult } from './license-files.js';
import type { Component } from '../core/model.js';
import { pinningPractice } from './pinning.js';
import { practices } from './practices.js';
import { readCommits } from './read-commits.js';
import { readTags, releaseStats } from './releases.js';
import type { HealthReport } from './report.js';
import { openRepository } from './repository.js';
import { sampleSignedCommits } from './signatures.js';
import { readTreeFacts, type TreeFacts } from './tree-files.js';

export interface HealthOptions {
  since?: string;
  windowDays?: number;
  /** Number of windows in the growth series (default 8). */
  windows?: number;
  orgMap?: OrgMap;
  model?: MaturityModel;
  /** End of the latest window, ms since the epoch (default: now). */
  now?: number;
  /** The work tree's inventory, when known: adds the `dependencies-pinned` practice. */
  components?: readonly Component[];
}

const iso = (t: number) => (Number.isFinite(t) ? new Date(t * 1000).toISOString() : null);
const ratio = (n: number, d: number) => (d > 0 ? n / d : null);
const firstLine = (s: string) => s.split('\n').find((l) => l.trim()) ?? 'no message';

function emptyTree(): TreeFacts {
  return {
    readable: false,
    files: 0,
    license: [],
    security: [],
    contributing: [],
    codeOfConduct: [],
    governance: [],
    ci: {},
    lockfiles: [],
    binaries: [],
    binaryCount: 0,
  };
}

export async function analyzeHealth(path: string, options: HealthOptions = {}): Promise<HealthReport> {
  const repo = await openRepository(path);
  const now = Math.floor((options.now ?? Date.now()) / 1000);
  const windowDays = options.windowDays ?? 90;
  const history = new HistoryAccumulator(now, windowDays);
  const diagnostics: Diagnostic[] = [];
  let partial = false;
  const failed = (command: string, detail: string) => {
    partial = true;
    diagnostics.push(diagnostic('health/git-failed', { command, detail: firstLine(detail) }));
  };

  let tree = emptyTree();
  let sample = { sampled: 0, signed: 0 };
  let tags: Awaited<ReturnType<typeof readTags>>;
  let licenses: LicenseFileResult[] = [];
  if (repo.hasHead) {
    const [log, tagsRead, treeRead, sig] = await Promise.all([
      readCommits(repo.cwd, options.since ? { since: options.since } : {}, (c) => history.add(c)),
      readTags(repo.cwd),
      readTreeFacts(repo.cwd),
      sampleSignedCommits(repo.cwd, options.since),
    ]);
    if (log.code !== 0) {
      partial = true;
      diagnostics.push(
        diagnostic('health/partial-history', { detail: firstLine(log.stderr), count: log.records }),
      );
    }
    if (treeRead.exit.code === 0) tree = treeRead.facts;
    else failed('ls-tree', treeRead.exit.stderr);
    licenses = await recogniseLicenseFiles(repo.cwd, tree.license);
    if (sig.exit.code === 0) sample = sig.sample;
    else failed('log --format=raw', sig.exit.stderr);
    tags = tagsRead;
  } else {
    diagnostics.push(diagnostic('health/no-commits', { path }));
    tags = await readTags(repo.cwd);
  }
  if (tags.exit.code !== 0) failed('for-each-ref', tags.exit.stderr);
  const malformed = history.malformedCommits;
  if (malformed > 0) {
    partial = true;
    diagnostics.push(
      diagnostic('health/malformed-commits', {
        count: malformed,
        dates: history.malformedDates,
        identities: history.malformedIdentities,
      }),
    );
  }
  const limitations: string[] = [];
  if (repo.shallow) {
    diagnostics.push(diagnostic('health/shallow', { path }));
    limitations.push('shallow-history', 'shallow-tags');
  }
  return buildReport({
    repo,
    path,
    options,
    now,
    windowDays,
    history,
    tree,
    sample,
    licenses,
    tags: tags.tags,
    partial,
    limitations,
    diagnostics,
  });
}

type BuildInput = {
  repo: Awaited<ReturnType<typeof openRepository>>;
  path: string;
  options: HealthOptions;
  now: number;
  windowDays: number;
  history: HistoryAccumulator;
  tree: TreeFacts;
  sample: { sampled: number; signed: number };
  licenses: LicenseFileResult[];
  tags: Awaited<ReturnType<typeof readTags>>['tags'];
  partial: boolean;
  limitations: string[];
  diagnostics: Diagnostic[];
};

function buildReport(i: BuildInput): HealthReport {
  const { history: h, now, windowDays } = i;
  const authors = [...h.authors.values()];
  const orgs = organizations(authors, i.options.orgMap ?? new Map());
  const windows = windowSeries(authors, now, windowDays, i.options.windows ?? 8, (t) => h.windowOf(t));
  const releases = releaseStats(i.tags, now);
  const cr = h.changeRequests;
  const signedOffRatio = ratio(h.signedOff, h.nonMerges);
  const signedRatio = ratio(i.sample.signed, i.sample.sampled);
  const report: Omit<HealthReport, 'metrics' | 'maturity'> = {
    schema: 'steward-health/1',
    repository: { path: i.path, gitDir: i.repo.gitDir, bare: i.repo.bare, shallow: i.repo.shallow },
    partial: i.partial,
    limitations: i.limitations,
    analysedAt: new Date(now * 1000).toISOString(),
    since: i.options.since ?? null,
    window: { days: windowDays, start: windows[0]?.start ?? '', end: windows[0]?.end ?? '' },
    commits: {
      total: h.commits,
      window: h.commitsInWindow,
      merges: h.merges,
      first: iso(h.first),
      last: iso(h.last),
      malformed: { dates: h.malformedDates, identities: h.malformedIdentities },
      monthly: monthlySeries(h.months),
    },
    contributors: {
      total: h.authors.size,
      active: windows[0]?.activeContributors ?? 0,
      new: windows[0]?.newContributors ?? 0,
      growthRate: growthRate(windows),
      windows,
      top: authors
        .sort((a, b) => b.commits - a.commits || a.key.localeCompare(b.key))
        .slice(0, 10)
        .map((a) => ({ name: a.name, email: a.email, commits: a.commits })),
    },
    busFactor: halfCover(authors.map((a) => a.commitsInWindow)),
    busFactorAllTime: halfCover(authors.map((a) => a.commits)),
    elephantFactor: elephantFactor(orgs, 'commitsInWindow'),
    organizations: orgs,
    releases,
    changeRequests: {
      merged: cr.github + cr.gitee + cr.gitlab + cr['github-squash'],
      github: cr.github,
      gitee: cr.gitee,
      gitlab: cr.gitlab,
      githubSquash: cr['github-squash'],
    },
    signatures: { ...i.sample, ratio: signedRatio },
    signedOff: { commits: h.signedOff, ratio: signedOffRatio },
    ci: Object.keys(i.tree.ci).sort(),
    licenses: i.licenses,
    practices: practices(i.tree, {
      licenses: i.licenses,
      signedRatio,
      signedOffRatio,
      releases,
      changeRequests: cr.github + cr.gitee + cr.gitlab + cr['github-squash'],
      commits: h.commits,
    }).concat(i.options.components ? [pinningPractice(i.options.components)] : []),
    diagnostics: i.diagnostics,
  };
  const metrics = metricsOf(report, i.repo.shallow);
  const model = i.options.model ?? parseModel(DEFAULT_MODEL_YAML, 'default-model');
  return { ...report, metrics, maturity: evaluateModel(model, metrics) };
}

/** Flat metric names the maturity model refers to. History figures are unknown on a shallow clone. */
function metricsOf(r: Omit<HealthReport, 'metrics' | 'maturity'>, shallow: boolean): HealthReport['metrics'] {
  const history = (v: number | null) => (shallow ? null : v);
  const days =
    r.commits.first && r.commits.last
      ? (Date.parse(r.commits.last) - Date.parse(r.commits.first)) / 86_400_000
      : null;
  const m: HealthReport['metrics'] = {
    'commits.total': history(r.commits.total),
    'commits.window': r.commits.window,
    'contributors.total': history(r.contributors.total),
    'contributors.active': history(r.contributors.active),
    'contributors.new': history(r.contributors.new),
    'contributors.growthRate': history(r.contributors.growthRate),
    busFactor: history(r.busFactor),
    elephantFactor: history(r.elephantFactor),
    'organizations.count': history(r.organizations.filter((o) => o.kind === 'organization').length),
    'organizations.active': history(
      r.organizations.filter((o) => o.kind === 'organization' && o.commitsInWindow > 0).length,
    ),
    'releases.count': history(r.releases.count),
    'releases.inLastYear': history(r.releases.inLastYear),
    'releases.daysSinceLast': r.releases.daysSinceLast,
    'releases.semverRatio': r.releases.semverRatio,
    'releases.semverOrderRatio': r.releases.semverOrderRatio,
    'changeRequests.merged': history(r.changeRequests.merged),
    'history.days': history(days === null ? null : Math.round(days)),
  };
  for (const p of r.practices) m[`practice.${p.id}`] = p.passed;
  return m;
}
