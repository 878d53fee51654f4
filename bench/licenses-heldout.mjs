// License detection on real files that are not in this repository: the top-level license files
// of the ~5,000 npm packages named by the lockfiles in bench/inputs/, fetched with `npm pack` into
// bench/.cache (gitignored), each labelled with its package's declared license. Runs the detector
// of `steward licenses` (scanTree) over them, and Debian's licensecheck side by side.
// Usage: node bench/licenses-heldout.mjs [--limit N] [--jobs N] [--no-fetch] [--no-licensecheck]
//        [--groups N] [--dist DIR] [--json]
// Needs a build (npm run build) and, on the first run, the npm registry.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus, lockfileSpecs, readCorpus } from './_licenses-heldout-corpus.mjs';
import { licensecheckToSpdx } from './_licensecheck-spdx.mjs';
import { excludeReason, fileLabel, withoutLater } from './_licenses-heldout-labels.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i < 0 ? fallback : args[i + 1];
};
// --dist DIR compares another build (e.g. one made with tsc --outDir before a change).
const dist = (p) => join(opt('dist', join(repo, 'dist')), 'licenses', p);
const cacheRoot = join(repo, 'bench/.cache/licenses-heldout');
const cache = join(cacheRoot, 'packages');
const useLicensecheck =
  !args.includes('--no-licensecheck') && spawnSync('licensecheck', ['--version']).status === 0;

const { scanTree } = await import(dist('scan-tree.js'));
const { sameExpression } = await import(dist('corpus/evaluate.js'));
const { normaliseExpression, parseExpression, licenseIds } = await import(dist('expression.js'));
const { decodeText } = await import(dist('decode.js'));

let specs = lockfileSpecs(join(repo, 'bench/inputs'));
if (opt('limit')) specs = specs.slice(0, Number(opt('limit')));
if (!args.includes('--no-fetch')) {
  const jobs = Number(opt('jobs', 4));
  const r = await buildCorpus(cache, specs, { jobs, log: (s) => process.stderr.write(`\r${s}   `) });
  process.stderr.write(`\npackages: ${r.cached} cached, ${r.fetched} fetched now\n`);
}

/** Cases: one per license file of a package whose declared license is a valid SPDX expression. */
function buildCases() {
  const cases = [];
  const dropped = { noFiles: 0, noLabel: 0, notSpdx: 0 };
  for (const pkg of readCorpus(cache, specs)) {
    if (!pkg.files.length) {
      dropped.noFiles++;
      continue;
    }
    let raw = pkg.declared?.license;
    if (raw && typeof raw === 'object') raw = raw.type;
    if (typeof raw !== 'string' || !raw.trim()) {
      dropped.noLabel++;
      continue;
    }
    // Only labels that are SPDX expressions as declared ("BSD", "MIT/X11", "SEE LICENSE IN" are
    // guesses or not labels at all); deprecated ids are brought up to date.
    const expression = parseExpression(raw.trim()) ? normaliseExpression(raw).expression : null;
    if (!expression) {
      dropped.notSpdx++;
      continue;
    }
    const ids = licenseIds(expression);
    for (const file of pkg.files) {
      const path = join(pkg.dir, file);
      const text = decodeText(readFileSync(path)).text;
      const label = fileLabel(file, expression, ids);
      cases.push({
        spec: pkg.spec,
        file,
        path,
        text,
        label,
        exclude: excludeReason(text, licenseIds(label)),
      });
    }
  }
  return { cases, dropped };
}

function licensecheckAnswers() {
  const out = execFileSync(
    'licensecheck',
    [
      '-r',
      '--machine',
      '--shortname-scheme=spdx',
      '--check',
      '.',
      '--ignore',
      '_label\\.json$',
      '--lines',
      '0',
      cache,
    ],
    { maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' },
  );
  const answers = new Map();
  for (const line of out.split('\n')) {
    const [path, license] = line.split('\t');
    if (path && license) answers.set(path, licensecheckToSpdx(license, normaliseExpression));
  }
  return answers;
}

function score(cases, answerOf, filtered) {
  let n = 0;
  let exact = 0;
  let answered = 0;
  for (const c of cases) {
    if (filtered && c.exclude) continue;
    n++;
    let got = answerOf(c);
    let want = c.label;
    if (filtered) [got, want] = [withoutLater(got), withoutLater(want)];
    if (got) answered++;
    if (got && sameExpression(got, want)) exact++;
  }
  return { cases: n, exact, answered, exactRate: exact / n, precision: answered ? exact / answered : 0 };
}

const { cases, dropped } = buildCases();
const c0 = process.cpuUsage();
const scan = await scanTree(cache);
const cpu = process.cpuUsage(c0);
const ours = new Map(scan.files.map((f) => [join(cache, f.path), f.expression]));
const results = {
  packages: specs.length,
  dropped,
  cases: cases.length,
  distinctTexts: new Set(cases.map((c) => c.text.replace(/\s+/g, ' ').trim())).size,
  excluded: Object.groupBy(
    cases.filter((c) => c.exclude),
    (c) => c.exclude,
  ),
  steward: {
    raw: score(cases, (c) => ours.get(c.path) ?? null, false),
    filtered: score(cases, (c) => ours.get(c.path) ?? null, true),
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    filesScanned: scan.stats.seen,
  },
};
for (const k of Object.keys(results.excluded)) results.excluded[k] = results.excluded[k].length;
let lc;
if (useLicensecheck) {
  lc = licensecheckAnswers();
  results.licensecheck = {
    raw: score(cases, (c) => lc.get(c.path) ?? null, false),
    filtered: score(cases, (c) => lc.get(c.path) ?? null, true),
  };
}

// Disagreements grouped by (label, ours), largest first, with the exclusion rule that applies.
const groups = new Map();
for (const c of cases) {
  const got = ours.get(c.path) ?? null;
  if (got && sameExpression(got, c.label)) continue;
  const key = `${c.label}  ->  ${got ?? '(none)'}`;
  const g = groups.get(key) ?? { n: 0, excluded: 0, examples: [] };
  g.n++;
  if (c.exclude) g.excluded++;
  if (g.examples.length < 3) g.examples.push(`${c.spec}/${c.file}`);
  groups.set(key, g);
}
const sorted = [...groups].sort((a, b) => b[1].n - a[1].n);
writeFileSync(
  join(cacheRoot, 'disagreements.json'),
  JSON.stringify(
    cases
      .filter((c) => !sameExpression(ours.get(c.path) ?? '', c.label))
      .map((c) => ({
        file: relative(cache, c.path),
        label: c.label,
        steward: ours.get(c.path) ?? null,
        licensecheck: lc?.get(c.path) ?? null,
        exclude: c.exclude ?? null,
      })),
    null,
    1,
  ),
);

if (args.includes('--json'))
  console.log(JSON.stringify({ ...results, groups: Object.fromEntries(sorted) }, null, 2));
else {
  const pct = (x) => `${(x * 100).toFixed(1)}%`;
  const row = (name, s) =>
    `  ${name.padEnd(13)} ${String(s.cases).padStart(5)} cases  exact ${pct(s.exactRate).padStart(6)}  precision ${pct(s.precision).padStart(6)}  (answered ${s.answered})`;
  console.log(
    `held-out corpus: ${results.packages} packages from bench/inputs lockfiles; ${cases.length} license files (${results.distinctTexts} distinct texts)`,
  );
  console.log(
    `  packages left out: ${dropped.noFiles} without a license file, ${dropped.noLabel} without a license field, ${dropped.notSpdx} whose field is not an SPDX expression`,
  );
  console.log('raw (every file, labelled with its package.json license):');
  console.log(row('steward', results.steward.raw));
  if (results.licensecheck) console.log(row('licensecheck', results.licensecheck.raw));
  console.log(
    `filtered (set aside: ${Object.entries(results.excluded)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')}; -only = -or-later):`,
  );
  console.log(row('steward', results.steward.filtered));
  if (results.licensecheck) console.log(row('licensecheck', results.licensecheck.filtered));
  console.log(
    `steward CPU: ${results.steward.cpuSeconds.toFixed(2)} s for ${results.steward.filesScanned} files (scanTree over the cache)`,
  );
  const limit = Number(opt('groups', 1e9));
  console.log(`\ndisagreements by (label -> steward), count [set aside], examples:`);
  for (const [key, g] of sorted.slice(0, limit))
    console.log(
      `  ${String(g.n).padStart(4)} ${g.excluded ? `[${g.excluded}]` : ''} ${key}   e.g. ${g.examples.join(', ')}`,
    );
  console.log(
    `(every disagreement with both tools' answers: ${relative(repo, join(cacheRoot, 'disagreements.json'))})`,
  );
}
