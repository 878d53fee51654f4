// Installed OS packages benchmark: `steward scan --rootfs DIR` end to end (process start, all
// analyzers, JSON output) on root filesystems of 1,000 installed packages, one per database
// format. Target: under 1 s each. The inputs are made here from real databases: this machine's
// dpkg status (packages renamed to reach 1,000), the rpmdb.sqlite fixture made by rpm 4.18 (its
// header blobs copied with renamed packages) and the Alpine 3.14 fixture (records copied, renamed).
// Usage: node bench/os-packages.mjs [--runs N]   (needs a build: npm run build)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { fmt, measureNode } from './_measure.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(repo, 'src/ecosystems/os-packages/__fixtures__');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const COUNT = 1000;
const work = mkdtempSync(join(tmpdir(), 'steward-bench-rootfs-'));

function put(root, rel, content) {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), content);
}

/** n paragraphs cycling through `paras`, renaming the copies so every package name is unique. */
function cycle(paras, n, rename) {
  return Array.from({ length: n }, (_, i) =>
    i < paras.length ? paras[i] : rename(paras[i % paras.length], Math.floor(i / paras.length)),
  );
}

function dpkgRootfs() {
  const root = join(work, 'dpkg');
  const src = existsSync('/var/lib/dpkg/status')
    ? '/var/lib/dpkg/status'
    : join(fixtures, 'debian-rootfs/var/lib/dpkg/status');
  const paras = readFileSync(src, 'utf8')
    .split(/\n\n+/)
    .filter((p) => /^Status: install ok installed$/m.test(p));
  const all = cycle(paras, COUNT, (p, k) => p.replace(/^Package: (.+)$/m, `Package: $1-copy${k}`));
  put(root, 'var/lib/dpkg/status', `${all.join('\n\n')}\n`);
  put(root, 'etc/os-release', readFileSync(join(fixtures, 'debian-rootfs/etc/os-release')));
  return root;
}

function rpmRootfs() {
  const root = join(work, 'rpm');
  const bytes = new Uint8Array(readFileSync(join(fixtures, 'openeuler-rootfs/var/lib/rpm/rpmdb.sqlite')));
  bytes[18] = bytes[19] = 1;
  const db = new DatabaseSync(':memory:');
  db.deserialize(bytes);
  const blobs = db
    .prepare('SELECT blob FROM Packages ORDER BY hnum')
    .all()
    .map((r) => Buffer.from(r.blob));
  // The index tables point at Packages rows; Steward reads only Packages, so they are emptied.
  db.exec('PRAGMA foreign_keys = OFF');
  for (const { name } of db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all())
    db.exec(`DELETE FROM "${name}"`);
  const insert = db.prepare('INSERT INTO Packages (hnum, blob) VALUES (?, ?)');
  for (let i = 0; i < COUNT; i++) {
    const blob = Buffer.from(blobs[i % blobs.length]);
    // Same-length renames keep every offset in the header valid: steward-xxx -> steward-NNN(N).
    for (const name of ['steward-base', 'steward-app', 'steward-lib']) {
      const tag = String(i).padStart(name.length - 8, '0');
      const from = Buffer.from(`${name}\0`);
      const to = Buffer.from(`steward-${tag}\0`);
      for (let at = blob.indexOf(from); at >= 0; at = blob.indexOf(from, at + 1)) to.copy(blob, at);
    }
    insert.run(i + 1, blob);
  }
  put(root, 'var/lib/rpm/rpmdb.sqlite', db.serialize());
  db.close();
  put(root, 'etc/os-release', readFileSync(join(fixtures, 'openeuler-rootfs/etc/os-release')));
  return root;
}

/** The same 1,000 headers in a Berkeley DB Packages file, when db5.3_load (db5.3-util) is installed. */
function bdbRootfs() {
  if (spawnSync('db5.3_load', ['-V']).status !== 0) return undefined;
  const root = join(work, 'bdb');
  const sqlite = readFileSync(join(rpmRootfs(), 'var/lib/rpm/rpmdb.sqlite'));
  const bytes = new Uint8Array(sqlite);
  bytes[18] = bytes[19] = 1;
  const db = new DatabaseSync(':memory:');
  db.deserialize(bytes);
  let dump = 'VERSION=3\nformat=bytevalue\ntype=hash\nHEADER=END\n';
  for (const { hnum, blob } of db.prepare('SELECT hnum, blob FROM Packages ORDER BY hnum').all()) {
    const key = Buffer.alloc(4);
    key.writeUInt32LE(hnum);
    dump += ` ${key.toString('hex')}\n ${Buffer.from(blob).toString('hex')}\n`;
  }
  db.close();
  mkdirSync(join(root, 'var/lib/rpm'), { recursive: true });
  const r = spawnSync('db5.3_load', [join(root, 'var/lib/rpm/Packages')], { input: `${dump}DATA=END\n` });
  if (r.status !== 0) return undefined;
  put(root, 'etc/os-release', readFileSync(join(fixtures, 'openeuler2003-rootfs/etc/os-release')));
  return root;
}

function apkRootfs() {
  const root = join(work, 'apk');
  const paras = readFileSync(join(fixtures, 'alpine-rootfs/lib/apk/db/installed'), 'utf8')
    .trim()
    .split(/\n\n+/);
  const all = cycle(paras, COUNT, (p, k) => p.replace(/^P:(.+)$/m, `P:$1-copy${k}`));
  put(root, 'lib/apk/db/installed', `${all.join('\n\n')}\n\n`);
  put(root, 'etc/os-release', readFileSync(join(fixtures, 'alpine-rootfs/etc/os-release')));
  return root;
}

const cli = join(repo, 'bin/steward.js');

/** Median of `runs` in-process scans (library only, analyzers included), in a fresh child. */
function libraryMs(dir) {
  const code = `const { scan } = await import(${JSON.stringify(join(repo, 'dist/pipeline/scan.js'))});
    const t = []; for (let i = 0; i < ${runs}; i++) { const t0 = performance.now(); await scan(${JSON.stringify(dir)}, { rootfs: true }); t.push(performance.now() - t0); }
    t.sort((a, b) => a - b); console.log(t[Math.floor(t.length / 2)]);`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  return Number(r.stdout.trim()) || undefined;
}
const rows = [];
try {
  for (const [label, make] of [
    ['dpkg status', dpkgRootfs],
    ['rpmdb.sqlite', rpmRootfs],
    ['apk installed', apkRootfs],
    ['rpm Berkeley DB Packages', bdbRootfs],
  ]) {
    const dir = make();
    if (!dir) continue;
    const out = join(work, `${label.replace(/\W+/g, '-')}.json`);
    const m = measureNode([cli, 'scan', '--rootfs', dir, '--format', 'json', '--output', out, '--quiet'], {
      runs,
    });
    const count = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')).components.length : 0;
    rows.push({ label, count, ...m, libMs: libraryMs(dir) });
  }
  // The same command on the 26-package Alpine fixture: process start, module loading and analyzers.
  const base = measureNode(
    [
      cli,
      'scan',
      '--rootfs',
      join(fixtures, 'alpine-rootfs'),
      '--format',
      'json',
      '--output',
      join(work, 'base.json'),
      '--quiet',
    ],
    { runs },
  );
  rows.push({
    label: 'baseline: 26-package fixture',
    count: 26,
    ...base,
    libMs: libraryMs(join(fixtures, 'alpine-rootfs')),
    baseline: true,
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log(
  '| database | packages | CLI median wall (ms) | CLI fastest (ms) | library scan median (ms) | peak RSS (MB) | target < 1000 ms |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
let failed = false;
for (const r of rows) {
  const met = r.baseline || (r.status !== 4 && r.count === COUNT && r.ms < 1000);
  if (!met) failed = true;
  const verdict = r.baseline ? '—' : met ? 'met' : 'missed';
  console.log(
    `| ${r.label} | ${r.count} | ${fmt(r.ms)} | ${fmt(r.minMs)} | ${fmt(r.libMs)} | ${fmt(r.rssMb)} | ${verdict} |`,
  );
}
const load = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
console.log(
  `\n${runs} runs each of \`steward scan --rootfs DIR --format json\`; library = \`scan(dir, { rootfs: true })\` in one process (node ${process.version}, load average ${load}).`,
);
process.exit(failed ? 1 : 0);
