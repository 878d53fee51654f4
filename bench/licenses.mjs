// License detection benchmark: accuracy on the generated corpus (SPDX texts in nine variations,
// installed packages' license files, the Mulan fixtures) and throughput over a real tree (default:
// this repository's node_modules), each side by side with Debian's licensecheck when installed.
// Usage: node bench/licenses.mjs [--tree DIR] [--exclude NAME] [--sample N] [--speed-only]
//        [--no-licensecheck] [--json]
// Needs a build (npm run build). Throughput is measured on one core (taskset -c 0 when present).
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { licensecheckToSpdx } from './_licensecheck-spdx.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => join(repo, 'dist', 'licenses', p);
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i < 0 ? fallback : args[i + 1];
};
const tree = opt('tree', join(repo, 'node_modules'));
const sample = opt('sample', undefined);
const exclude = opt('exclude', undefined);
const useLicensecheck =
  !args.includes('--no-licensecheck') && spawnSync('licensecheck', ['--version']).status === 0;
const hasTaskset = spawnSync('taskset', ['-c', '0', 'true']).status === 0;

if (process.env.STEWARD_BENCH_CHILD === 'speed') {
  // Child: scan the tree once on one core and print the stats.
  const { scanTree } = await import(dist('scan-tree.js'));
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await scanTree(tree, exclude ? { exclude: [exclude] } : {});
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  console.log(
    JSON.stringify({
      files: result.stats.seen,
      read: result.stats.read,
      ms,
      cpuMs,
      withLicense: result.files.filter((f) => f.expression).length,
    }),
  );
  process.exit(0);
}

const { spdxCorpus } = await import(dist('corpus/build-corpus.js'));
const { evaluateCorpus, sameExpression } = await import(dist('corpus/evaluate.js'));
const { normaliseExpression } = await import(dist('expression.js'));
const { decodeText } = await import(dist('decode.js'));

function installedCorpus(root) {
  const cases = [];
  const visit = (dir) => {
    for (const name of readdirSync(dir)) {
      if (name.startsWith('.')) continue;
      const pkgDir = join(dir, name);
      if (name.startsWith('@')) {
        visit(pkgDir);
        continue;
      }
      const manifest = join(pkgDir, 'package.json');
      if (!existsSync(manifest)) continue;
      let declared;
      try {
        declared = JSON.parse(readFileSync(manifest, 'utf8')).license;
      } catch {
        continue;
      }
      if (typeof declared !== 'string') continue;
      const expected = normaliseExpression(declared);
      if (!expected.exact || !expected.expression) continue;
      for (const file of readdirSync(pkgDir))
        if (/^licen[cs]e(\.md|\.txt)?$/i.test(file))
          cases.push({
            name: `npm:${name}/${file}`,
            path: file,
            text: readFileSync(join(pkgDir, file), 'utf8'),
            expected: expected.expression,
          });
    }
  };
  visit(root);
  return cases;
}

function mulanCorpus() {
  const dir = join(repo, 'src/licenses/__fixtures__/mulan');
  const expected = {
    'oceanbase-LICENSE-publ2': 'LicenseRef-MulanPubL-2.0',
    'publ2-zh.txt': 'LicenseRef-MulanPubL-2.0',
    'publ2-en.txt': 'LicenseRef-MulanPubL-2.0',
    'publ2-gb18030.txt': 'LicenseRef-MulanPubL-2.0',
    'oceanbase-header-publ1.h': 'LicenseRef-MulanPubL-1.0',
    'owl-by-header.c': 'LicenseRef-MulanOWL-BY-1.0',
    'owl-by-sa-readme.md': 'LicenseRef-MulanOWL-BY-SA-1.0',
  };
  return Object.entries(expected).map(([file, exp]) => ({
    name: `mulan:${file}`,
    path: file.includes('.') && !file.endsWith('.txt') ? file : 'LICENSE',
    text: decodeText(readFileSync(join(dir, file))).text,
    expected: exp,
  }));
}

/** licensecheck's answers for the same cases, each written to its own file. */
function licensecheckAnswers(cases) {
  const dir = mkdtempSync(join(tmpdir(), 'steward-lc-'));
  try {
    cases.forEach((c, i) => {
      mkdirSync(join(dir, String(i)));
      writeFileSync(join(dir, String(i), c.path.split('/').pop()), c.text);
    });
    const out = execFileSync(
      'licensecheck',
      ['-r', '--machine', '--shortname-scheme=spdx', '--check', '.', '--lines', '0', dir],
      {
        maxBuffer: 256 * 1024 * 1024,
        encoding: 'utf8',
      },
    );
    const answers = new Map();
    for (const line of out.split('\n')) {
      const [path, license] = line.split('\t');
      if (!path || !license) continue;
      const index = Number(path.slice(dir.length + 1).split('/')[0]);
      answers.set(index, licensecheckToSpdx(license, normaliseExpression));
    }
    return answers;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function scoreAnswers(cases, answers) {
  let exact = 0;
  let answered = 0;
  cases.forEach((c, i) => {
    const got = answers.get(i) ?? null;
    if (got) answered++;
    if (got && sameExpression(got, c.expected)) exact++;
  });
  return { cases: cases.length, exactRate: exact / cases.length, precision: answered ? exact / answered : 0 };
}

function speedSteward() {
  const cmd = hasTaskset ? 'taskset' : process.execPath;
  const own = [fileURLToPath(import.meta.url), '--tree', tree, ...(exclude ? ['--exclude', exclude] : [])];
  const argv = hasTaskset ? ['-c', '0', process.execPath, ...own] : own;
  const r = spawnSync(cmd, argv, {
    env: { ...process.env, STEWARD_BENCH_CHILD: 'speed' },
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) throw new Error(r.stderr);
  const s = JSON.parse(r.stdout.trim().split('\n').pop());
  return { ...s, filesPerSecond: s.files / (s.ms / 1000), filesPerCpuSecond: s.files / (s.cpuMs / 1000) };
}

function speedLicensecheck(files) {
  // bash's `times` reports the CPU time of its children: licensecheck's own CPU cost.
  const pin = hasTaskset ? 'taskset -c 0 ' : '';
  // The same files: licensecheck skips what --ignore matches (the excluded directory).
  const ignore = exclude ? ` --ignore '/${exclude.replace(/[^\w-]/g, '.')}/'` : '';
  const script = `${pin}licensecheck --machine --shortname-scheme=spdx --check .${ignore} -r "$1" > /dev/null; times`;
  const t0 = performance.now();
  const r = spawnSync('bash', ['-c', script, 'bench', tree], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - t0;
  const lines = r.stdout.trim().split('\n');
  const child = (lines[lines.length - 1] ?? '').match(/(\d+)m([\d.]+)s\s+(\d+)m([\d.]+)s/);
  const cpuMs = child
    ? (Number(child[1]) * 60 + Number(child[2]) + Number(child[3]) * 60 + Number(child[4])) * 1000
    : ms;
  return { files, ms, cpuMs, filesPerSecond: files / (ms / 1000), filesPerCpuSecond: files / (cpuMs / 1000) };
}

const speedOnly = args.includes('--speed-only');
const corpus = speedOnly
  ? []
  : [
      ...spdxCorpus(sample === undefined ? {} : { sample: Number(sample), seed: 1 }),
      ...installedCorpus(join(repo, 'node_modules')),
      ...mulanCorpus(),
    ];
const t0 = performance.now();
const steward = evaluateCorpus(corpus);
const stewardMs = performance.now() - t0;
const results = {
  corpus: { cases: corpus.length },
  accuracy: {
    steward: {
      cases: steward.cases,
      exactRate: steward.exactRate,
      precision: steward.precision,
      ms: Math.round(stewardMs),
    },
  },
  speed: { tree, oneCore: hasTaskset },
};
if (useLicensecheck && !speedOnly)
  results.accuracy.licensecheck = scoreAnswers(corpus, licensecheckAnswers(corpus));
if (speedOnly) delete results.accuracy;
results.speed.steward = speedSteward();
if (useLicensecheck) {
  results.speed.licensecheck = speedLicensecheck(results.speed.steward.files);
  results.speed.ratio = results.speed.steward.filesPerSecond / results.speed.licensecheck.filesPerSecond;
  results.speed.cpuRatio =
    results.speed.steward.filesPerCpuSecond / results.speed.licensecheck.filesPerCpuSecond;
}

if (args.includes('--json')) console.log(JSON.stringify(results, null, 2));
else {
  const pct = (x) => `${(x * 100).toFixed(1)}%`;
  if (!speedOnly)
    console.log(
      `corpus: ${corpus.length} cases (SPDX texts x 9 variations, installed license files, Mulan fixtures)`,
    );
  for (const [tool, s] of Object.entries(results.accuracy ?? {}))
    console.log(`  ${tool.padEnd(12)} exact ${pct(s.exactRate)}  precision ${pct(s.precision)}`);
  console.log(`speed over ${tree}${exclude ? ` without ${exclude}` : ''}${hasTaskset ? ' (one core)' : ''}:`);
  for (const tool of ['steward', 'licensecheck']) {
    const s = results.speed[tool];
    if (s)
      console.log(
        `  ${tool.padEnd(12)} ${s.files} files in ${(s.ms / 1000).toFixed(2)} s wall = ${Math.round(s.filesPerSecond)} files/s; ${(s.cpuMs / 1000).toFixed(2)} s CPU = ${Math.round(s.filesPerCpuSecond)} files/CPU-s`,
      );
  }
  if (results.speed.ratio)
    console.log(
      `  steward / licensecheck: ${results.speed.ratio.toFixed(1)}x wall, ${results.speed.cpuRatio.toFixed(1)}x CPU`,
    );
}
