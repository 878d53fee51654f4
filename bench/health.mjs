// Health benchmark: generates a 100,000-commit repository with `git fast-import` (2,000 authors,
// a .mailmap, merges every 20 commits, 200 tags, ten years of dates) into bench/.cache, then
// times `steward health` on it and checks its counts against git shortlog -sne and git rev-list.
// Usage: node bench/health.mjs [--commits N] [--runs N]. Needs a build (npm run build).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt, measureCommand, measureNode } from './_measure.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i < 0 ? fallback : Number(args[i + 1]);
};
const COMMITS = opt('commits', 100_000);
const RUNS = opt('runs', 3);
const AUTHORS = 2000;
const target = join(repo, 'bench', '.cache', `health-${COMMITS}.git`);
const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', LC_ALL: 'C' };
const git = (...a) => execFileSync('git', a, { cwd: target, env, encoding: 'utf8', maxBuffer: 1 << 28 });

function* stream() {
  const start = Date.parse('2015-01-01T00:00:00Z') / 1000;
  const step = Math.floor((10 * 365 * 86_400) / COMMITS);
  const domains = ['gmail.com', 'qq.com', 'corp-a.example', 'corp-b.example', 'corp-c.example', '163.com'];
  const who = (i) => {
    // A skewed population: a few authors write most commits, as in real projects.
    const a = Math.floor(AUTHORS * Math.pow(((i * 7919) % 1000) / 1000, 3));
    return `Dev ${a} <dev${a}@${domains[a % domains.length]}>`;
  };
  const text = (s) => `data ${Buffer.byteLength(s)}\n${s}\n`;
  yield `commit refs/heads/main\nmark :1\nauthor ${who(0)} ${start} +0000\ncommitter ${who(0)} ${start} +0000\n${text('Initial commit')}`;
  yield `M 100644 inline .mailmap\n${text('Dev 1 <dev1@gmail.com> <old-dev1@gmail.com>\n')}\n`;
  let n = 1;
  let tags = 0;
  while (n < COMMITS) {
    n++;
    const t = start + n * step;
    const person = n % 97 === 0 ? 'Old One <old-dev1@gmail.com>' : who(n);
    const signoff = n % 3 === 0 ? `\n\nSigned-off-by: ${person}` : '';
    if (n % 20 === 0 && n + 1 < COMMITS) {
      yield `commit refs/heads/side\nmark :${n}\nauthor ${person} ${t} +0000\ncommitter ${person} ${t} +0000\n${text(`Side change ${n}`)}from :${n - 1}\nM 100644 inline side/${n % 50}.txt\n${text(String(n))}\n`;
      n++;
      yield `commit refs/heads/main\nmark :${n}\nauthor ${who(n)} ${t + 1} +0000\ncommitter ${who(n)} ${t + 1} +0000\n${text(`Merge pull request #${n} from dev/side-${n}`)}from :${n - 2}\nmerge :${n - 1}\n\n`;
      continue;
    }
    yield `commit refs/heads/main\nmark :${n}\nauthor ${person} ${t} +0000\ncommitter ${person} ${t} +0000\n${text(`Change ${n}${signoff}`)}M 100644 inline src/file-${n % 500}.txt\n${text(`line ${n}`)}\n`;
    if (n % Math.floor(COMMITS / 200) === 7) yield `reset refs/tags/v1.${tags++}.0\nfrom :${n}\n\n`;
  }
}

function generate() {
  if (existsSync(join(target, 'HEAD'))) return false;
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  git('init', '-q', '--bare', '-b', 'main');
  const chunks = [];
  for (const s of stream()) chunks.push(s);
  const r = spawnSync('git', ['fast-import', '--quiet'], {
    cwd: target,
    env,
    input: chunks.join(''),
    maxBuffer: 1 << 28,
  });
  if (r.status !== 0) throw new Error(`git fast-import failed: ${r.stderr}`);
  return true;
}

const t0 = Date.now();
const made = generate();
const genSeconds = (Date.now() - t0) / 1000;
const bin = join(repo, 'bin', 'steward.js');
const run = spawnSync(process.execPath, [bin, 'health', target, '--format', 'json'], {
  encoding: 'utf8',
  maxBuffer: 1 << 28,
});
const report = JSON.parse(run.stdout);
const shortlogLines = git('shortlog', '-sne', 'HEAD').trim().split('\n').length;
const revCount = Number(git('rev-list', '--count', 'HEAD'));
const tagCount = git('tag').split('\n').filter(Boolean).length;
const health = measureNode([bin, 'health', target, '--format', 'json'], { runs: RUNS });
const shortlog = measureCommand('git', ['-C', target, 'shortlog', '-sne', 'HEAD'], { runs: RUNS });

console.log(`Repository: ${target} (${made ? `generated in ${genSeconds.toFixed(1)} s` : 'cached'})\n`);
console.log('| measure | steward health | git |');
console.log('|---|---|---|');
console.log(`| commits | ${report.commits.total} | ${revCount} (rev-list --count) |`);
console.log(`| contributors | ${report.contributors.total} | ${shortlogLines} (shortlog -sne) |`);
console.log(`| tags | ${report.releases.count} | ${tagCount} (git tag) |`);
console.log(`| merged pull requests | ${report.changeRequests.merged} | |`);
console.log(
  `| median wall time (${RUNS} runs) | ${fmt(health.ms)} ms | ${fmt(shortlog.ms)} ms (shortlog -sne alone) |`,
);
console.log(`| peak RSS | ${fmt(health.rssMb)} MB | |`);
const ok =
  report.commits.total === revCount &&
  report.contributors.total === shortlogLines &&
  report.releases.count === tagCount;
console.log(
  `\n${ok ? 'counts agree with git' : 'COUNTS DIFFER FROM GIT'}; target < 10000 ms: ${health.ms < 10_000 ? 'met' : 'MISSED'}`,
);
process.exit(ok && health.status !== 4 ? 0 : 1);
