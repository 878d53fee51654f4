#!/usr/bin/env node
// Generates the version-comparison fixtures: random but deterministic version pairs for each
// scheme, each pair compared by the ecosystem's real tool. Writes <scheme>.tsv as `a<TAB>b<TAB>c`
// with c in {-1, 0, 1}. Usage: node generate.mjs [scheme...]  (needs dpkg, rpm, java + Maven,
// python3 + packaging, ruby, php, go + golang.org/x/mod, cargo + Debian's semver crate).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const PAIRS = 4000;

// Deterministic PRNG (mulberry32) so regenerating gives the same pairs.
function rng(seed) {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

function tools(seed) {
  const rand = rng(seed);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const chance = (p) => rand() < p;
  const many = (min, max, f) => Array.from({ length: min + Math.floor(rand() * (max - min + 1)) }, f);
  return { rand, pick, chance, many };
}

// ---- version generators: small token pools so that equal and near-equal pairs are common ----

function genDpkg({ pick, chance, many }) {
  const num = () => pick(['0', '1', '2', '10', '01', '9', '100']);
  const up = [num(), ...many(0, 3, () => pick(['.', '.', '+', '~', '.']) + pick([num(), num(), 'a', 'b', 'rc1', 'dfsg', 'git20200101', 'really1.0', 'beta2']))].join('');
  const letter = chance(0.15) ? pick(['a', 'b', 'z', 'A']) : '';
  const epoch = chance(0.15) ? pick(['0', '1', '2', '10']) + ':' : '';
  const rev = chance(0.7)
    ? '-' + pick(['1', '2', '0', '1ubuntu1', '1ubuntu2', '0+deb12u1', '1~bpo11+1', '1+b1', '1.1', '10', '1~', '1a', '1build1'])
    : '';
  return epoch + up + letter + rev;
}

function genPep440({ pick, chance, many }) {
  const num = () => pick(['0', '1', '2', '10', '00', '01', '3']);
  let v = (chance(0.05) ? 'v' : '') + (chance(0.07) ? pick(['1', '0', '2']) + '!' : '') + many(1, 4, num).join('.');
  if (chance(0.35)) v += pick(['', '.', '-', '_']) + pick(['a', 'alpha', 'b', 'beta', 'c', 'rc', 'pre', 'preview', 'RC', 'Alpha']) + pick(['', '0', '1', '2', '10', '.1', '-1']);
  if (chance(0.2)) v += pick(['.post1', '.post', '-1', '-2', 'post2', '.rev1', 'r3', '_post0', '.POST1']);
  if (chance(0.2)) v += pick(['.dev0', '.dev', 'dev1', '-dev2', '_dev10', '.DEV1']);
  if (chance(0.1)) v += '+' + pick(['ubuntu1', 'abc.1', '1.a', '01', '1', 'a', 'a.b', '1-2', 'cpu', 'cu118']);
  return v;
}

function genMaven({ pick, chance, many }) {
  const tok = () =>
    pick(['0', '1', '2', '10', '0', '1', '00', 'alpha', 'a1', 'b2', 'beta', 'm1', 'milestone', 'rc', 'RC1', 'cr', 'CR2',
      'snapshot', 'SNAPSHOT', 'ga', 'final', 'GA', 'Final', 'sp', 'sp1', 'release', 'RELEASE', 'jre', 'android', 'foo',
      '1a', 'a', 'b', 'm', 'x', '', '1234567890', '12345678901234567890', '2147483648']);
  let v = pick(['1', '2', '0', '1.0', '10', '1.2']);
  for (const t of many(0, 4, tok)) v += pick(['.', '-', '.', '-', '']) + t;
  return chance(0.02) ? v.toUpperCase() : v;
}

function genRpm({ pick, chance, many }) {
  const part = () => pick(['0', '1', '2', '10', '01', '001', 'a', 'b', 'rc', 'git', 'el8', 'oe2203sp3', 'fc39', 'X', 'beta1']);
  const ver = () => [part(), ...many(0, 3, () => pick(['.', '.', '_', '+', '~', '^', '.', '~~', '^', '']) + part())].join('');
  const epoch = chance(0.15) ? pick(['0', '1', '2', '', '10']) + ':' : '';
  const rel = chance(0.6) ? '-' + ver() : '';
  return epoch + ver() + rel;
}

function genRubygems({ pick, chance, many }) {
  const tok = () => pick(['0', '1', '2', '10', '00', 'a', 'b', 'pre', 'rc', 'beta', 'alpha', 'rc1', 'b2', 'A', 'pre1']);
  let v = pick(['0', '1', '2', '10']) + many(0, 4, () => '.' + tok()).join('');
  if (chance(0.08)) v += '-' + pick(['pre', '1', 'rc1', 'beta.2']);
  return v;
}

function genPackagist({ pick, chance, many }) {
  const num = () => pick(['0', '1', '2', '10', '00']);
  let v = [num(), ...many(0, 3, num)].join('.');
  if (chance(0.45))
    v += pick(['-', '', '.', '_', '+']) + pick(['dev', 'alpha', 'alpha1', 'a', 'a2', 'beta', 'beta3', 'b1', 'RC', 'RC1', 'rc', 'rc2', 'p', 'p1', 'pl', 'pl2', 'patch1', 'foo', 'x', '#', 'Alpha']);
  if (chance(0.1)) v += pick(['.1', '-1', '.dev', '-beta', 'a']);
  return v;
}

function genSemver({ pick, chance, many }, { loose = false } = {}) {
  const num = () => pick(['0', '1', '2', '10', '3']);
  let v = `${num()}.${num()}.${num()}`;
  if (chance(0.4)) v += '-' + many(1, 3, () => pick(['alpha', 'beta', 'rc', '0', '1', '2', '10', 'a1', 'RC', 'x-y', 'pre', '11'])).join('.');
  if (chance(0.1)) v += '+' + many(1, 2, () => pick(['build', '1', 'sha.abc', '001', 'x'])).join('.');
  if (loose && chance(0.1)) v = pick(['v', '=', ' ', 'V']) + v;
  return v;
}

function genGo(t) {
  const { pick, chance } = t;
  const prefix = 'v';
  if (chance(0.25)) {
    // Pseudo-versions in the three forms Go produces.
    const ts = pick(['20210101000000', '20200101120000', '20210101000001', '20190909090909']);
    const hash = pick(['abcdef123456', '0123456789ab', 'ffffffffffff']);
    const base = pick([`0.0.0-${ts}-${hash}`, `1.2.3-pre.0.${ts}-${hash}`, `1.2.4-0.${ts}-${hash}`, `1.2.3-0.${ts}-${hash}`]);
    return prefix + base;
  }
  let v = genSemver(t);
  if (chance(0.1)) v = v.replace(/\+.*$/, '') + '+incompatible';
  if (chance(0.05)) v = v.split('-')[0].split('+')[0].split('.').slice(0, pick([1, 2])).join('.');
  return prefix + v;
}

const GENERATORS = {
  dpkg: genDpkg,
  pep440: genPep440,
  maven: genMaven,
  rpm: genRpm,
  rubygems: genRubygems,
  packagist: genPackagist,
  npm: (t) => genSemver(t, { loose: true }),
  go: genGo,
  cargo: (t) => genSemver(t),
};

function makePairs(scheme, seed) {
  const t = tools(seed);
  const gen = GENERATORS[scheme];
  const pool = Array.from({ length: 600 }, () => gen(t));
  const pairs = [];
  const seen = new Set();
  while (pairs.length < PAIRS) {
    const a = t.pick(pool);
    // One pair in four compares a version with a freshly generated one; the rest mix the pool.
    const b = t.chance(0.25) ? gen(t) : t.pick(pool);
    const key = `${a}\t${b}`;
    if (seen.has(key) || a.includes('\t') || b.includes('\t')) continue;
    seen.add(key);
    pairs.push([a, b]);
  }
  return pairs;
}

// ---- the real tools ----

const tmp = mkdtempSync(join(tmpdir(), 'steward-versions-'));
const run = (cmd, args, input) => execFileSync(cmd, args, { input, encoding: 'utf8', maxBuffer: 1 << 28 });

function dpkgCompare(pairs) {
  return pairs.map(([a, b]) => {
    const lt = spawnSync('dpkg', ['--compare-versions', a, 'lt', b]);
    if (lt.status === 0) return -1;
    if (lt.status !== 1) return null;
    return spawnSync('dpkg', ['--compare-versions', a, 'eq', b]).status === 0 ? 0 : 1;
  });
}

function rpmCompare(pairs) {
  const file = join(tmp, 'rpm-pairs');
  writeFileSync(file, pairs.map((p) => p.join('\t')).join('\n') + '\n');
  const lua = `%{lua: for line in io.lines("${file}") do local a, b = line:match("^(.-)\\t(.*)$"); print(rpm.vercmp(a, b) .. "\\n") end}`;
  return run('rpm', ['--eval', lua]).split('\n').filter((l) => l !== '').map(Number);
}

function pythonCompare(pairs) {
  const script = `
import sys
from packaging.version import Version, InvalidVersion
for line in sys.stdin.read().split("\\n"):
    if not line: continue
    a, b = line.split("\\t")
    try:
        x, y = Version(a), Version(b)
        print((x > y) - (x < y))
    except InvalidVersion:
        print("invalid")
`;
  return run('python3', ['-c', script], pairs.map((p) => p.join('\t')).join('\n') + '\n')
    .trim()
    .split('\n')
    .map((l) => (l === 'invalid' ? null : Number(l)));
}

function mavenCompare(pairs) {
  const jar = '/usr/share/maven/lib/maven-artifact-3.x.jar';
  const out = [];
  for (let i = 0; i < pairs.length; i += 500) {
    const chunk = pairs.slice(i, i + 500);
    const lines = run('java', ['-cp', jar, 'org.apache.maven.artifact.versioning.ComparableVersion', ...chunk.flat()]).split('\n');
    const cmp = lines.filter((l) => l.startsWith('   '));
    // Adjacent arguments are compared: a1 b1, b1 a2, a2 b2, ... keep a_i vs b_i.
    chunk.forEach(([a, b], k) => {
      const line = cmp[2 * k];
      const op = line.slice(3 + a.length + 1).split(' ')[0];
      if (!line.endsWith(' ' + b)) throw new Error(`unexpected Maven output: ${line}`);
      out.push(op === '<' ? -1 : op === '==' ? 0 : 1);
    });
  }
  return out;
}

function rubyCompare(pairs) {
  const script = `
STDIN.read.split("\\n").each do |line|
  a, b = line.split("\\t", 2)
  if Gem::Version.correct?(a) && Gem::Version.correct?(b)
    puts(Gem::Version.new(a) <=> Gem::Version.new(b))
  else
    puts "invalid"
  end
end`;
  return run('ruby', ['-e', script], pairs.map((p) => p.join('\t')).join('\n') + '\n')
    .trim()
    .split('\n')
    .map((l) => (l === 'invalid' ? null : Number(l)));
}

function phpCompare(pairs) {
  const script = `foreach (explode("\\n", trim(stream_get_contents(STDIN))) as $l) { [$a, $b] = explode("\\t", $l); echo version_compare($a, $b), "\\n"; }`;
  return run('php', ['-r', script], pairs.map((p) => p.join('\t')).join('\n') + '\n').trim().split('\n').map(Number);
}

async function npmCompare(pairs) {
  const semver = (await import('semver')).default;
  return pairs.map(([a, b]) => {
    const x = semver.parse(a, { loose: true });
    const y = semver.parse(b, { loose: true });
    return x && y ? semver.compare(x, y) : null;
  });
}

function goCompare(pairs) {
  const dir = join(tmp, 'gocmp');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'main.go'),
    `package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"golang.org/x/mod/semver"
)

func main() {
	s := bufio.NewScanner(os.Stdin)
	for s.Scan() {
		p := strings.SplitN(s.Text(), "\\t", 2)
		if !semver.IsValid(p[0]) || !semver.IsValid(p[1]) {
			fmt.Println("invalid")
			continue
		}
		fmt.Println(semver.Compare(p[0], p[1]))
	}
}
`,
  );
  const env = { ...process.env, GOPATH: '/usr/share/gocode', GO111MODULE: 'off', GOFLAGS: '', GOCACHE: join(tmp, 'gocache') };
  const out = execFileSync('go', ['run', join(dir, 'main.go')], {
    input: pairs.map((p) => p.join('\t')).join('\n') + '\n',
    encoding: 'utf8',
    env,
    maxBuffer: 1 << 28,
  });
  return out.trim().split('\n').map((l) => (l === 'invalid' ? null : Number(l)));
}

function cargoCompare(pairs) {
  const dir = join(tmp, 'cargocmp');
  mkdirSync(join(dir, 'src'), { recursive: true });
  mkdirSync(join(dir, '.cargo'), { recursive: true });
  const semverDir = '/usr/share/cargo/registry';
  writeFileSync(join(dir, 'Cargo.toml'), '[package]\nname = "cmp"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nsemver = "1"\n');
  writeFileSync(
    join(dir, '.cargo', 'config.toml'),
    `[source.crates-io]\nreplace-with = "debian"\n[source.debian]\ndirectory = "${semverDir}"\n[net]\noffline = true\n`,
  );
  writeFileSync(
    join(dir, 'src', 'main.rs'),
    `use std::io::BufRead;
fn main() {
    for line in std::io::stdin().lock().lines() {
        let line = line.unwrap();
        let mut p = line.splitn(2, '\\t');
        let (a, b) = (p.next().unwrap(), p.next().unwrap());
        match (semver::Version::parse(a), semver::Version::parse(b)) {
            (Ok(x), Ok(y)) => {
                // Precedence: SemVer ignores build metadata, so compare without it.
                let o = (x.major, x.minor, x.patch, &x.pre).cmp(&(y.major, y.minor, y.patch, &y.pre));
                println!("{}", o as i32);
            }
            _ => println!("invalid"),
        }
    }
}
`,
  );
  execFileSync('cargo', ['build', '--release', '--offline', '-q'], { cwd: dir, stdio: 'inherit' });
  return run(join(dir, 'target', 'release', 'cmp'), [], pairs.map((p) => p.join('\t')).join('\n') + '\n')
    .trim()
    .split('\n')
    .map((l) => (l === 'invalid' ? null : Number(l)));
}

const COMPARERS = {
  dpkg: [dpkgCompare, () => run('dpkg', ['--version']).split('\n')[0]],
  rpm: [rpmCompare, () => run('rpm', ['--version']).trim()],
  pep440: [pythonCompare, () => 'python packaging ' + run('python3', ['-c', 'import packaging; print(packaging.__version__)']).trim()],
  maven: [mavenCompare, () => 'Maven ComparableVersion from ' + run('mvn', ['-v']).split('\n')[0].replace(/\x1b\[[0-9;]*m/g, '')],
  rubygems: [rubyCompare, () => 'RubyGems ' + run('ruby', ['-e', 'puts Gem::VERSION']).trim()],
  packagist: [phpCompare, () => 'PHP version_compare, PHP ' + run('php', ['-r', 'echo PHP_VERSION;'])],
  npm: [npmCompare, () => 'node-semver ' + JSON.parse(readFileSync(join(HERE, '../../../node_modules/semver/package.json'), 'utf8')).version],
  go: [goCompare, () => 'golang.org/x/mod/semver (Debian golang-golang-x-mod-dev), ' + run('go', ['version']).trim()],
  cargo: [cargoCompare, () => 'semver crate 1.0.14 (Debian librust-semver-dev), ordering without build metadata'],
};

const SEEDS = { dpkg: 1, rpm: 2, pep440: 3, maven: 4, rubygems: 5, packagist: 6, npm: 7, go: 8, cargo: 9 };

const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(COMPARERS);
for (const scheme of wanted) {
  const [compare, describe] = COMPARERS[scheme];
  const pairs = makePairs(scheme, SEEDS[scheme]);
  const results = await compare(pairs);
  if (results.length !== pairs.length) throw new Error(`${scheme}: ${results.length} results for ${pairs.length} pairs`);
  const rows = pairs.flatMap(([a, b], i) => (results[i] === null ? [] : [`${a}\t${b}\t${results[i]}`]));
  const header = `# ${scheme}: expected order per ${describe()}; generated by generate.mjs, ${rows.length} pairs`;
  writeFileSync(join(HERE, `${scheme}.tsv`), [header, ...rows].join('\n') + '\n');
  console.log(`${scheme}: ${rows.length} pairs (${pairs.length - rows.length} rejected by the tool)`);
}
