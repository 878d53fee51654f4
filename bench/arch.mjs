// Native-artefact scan benchmark: builds a node_modules tree of at least 50,000 files from copies
// of this repository's installed packages (plus real binaries written from the arch fixtures'
// sparse images) in bench/.cache/arch, then times the bounded native walk in-process and the
// whole `steward arch` command. Target: under 2 s for 50,000 files. Needs a build (npm run build).
// Usage: node bench/arch.mjs [--files N] [--runs N]
import {
  closeSync,
  cpSync,
  existsSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { measureNode } from './_measure.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i < 0 ? fallback : Number(args[i + 1]);
};
const want = opt('files', 50_000);
const runs = opt('runs', 5);
const tree = join(repo, 'bench/.cache/arch', `tree-${want}`);
const images = join(repo, 'src/arch/binary/__fixtures__');

function countFiles(dir) {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true }))
    if (e.isDirectory()) n += countFiles(join(dir, e.name));
    else if (e.isFile()) n++;
  return n;
}

function writeImage(name, path) {
  const image = JSON.parse(readFileSync(join(images, `${name}.sparse.json`), 'utf8'));
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w');
  ftruncateSync(fd, image.size);
  for (const [off, b64] of image.chunks) {
    const data = Buffer.from(b64, 'base64');
    writeSync(fd, data, 0, data.length, off);
  }
  closeSync(fd);
}

if (!existsSync(join(tree, '.complete'))) {
  rmSync(tree, { recursive: true, force: true });
  const source = join(repo, 'node_modules');
  const perCopy = countFiles(source);
  const copies = Math.ceil(want / perCopy);
  // Copy i is nested as node_modules/steward-copy-i/node_modules/…, the shape of a nested install.
  for (let i = 0; i < copies; i++) {
    const dest =
      i === 0 ? join(tree, 'node_modules') : join(tree, 'node_modules', `steward-copy-${i}`, 'node_modules');
    cpSync(source, dest, { recursive: true, verbatimSymlinks: true, filter: (s) => !s.endsWith('/.bin') });
  }
  const bins = {
    'esbuild__linux-x64': 'node_modules/@esbuild/linux-x64/bin/esbuild',
    'esbuild__linux-loong64': 'node_modules/@esbuild/linux-loong64/bin/esbuild',
    'rollup__rollup-linux-loong64-gnu':
      'node_modules/@rollup/rollup-linux-loong64-gnu/rollup.linux-loong64-gnu.node',
    'rollup__rollup-linux-x64-gnu': 'node_modules/some-addon/build/Release/addon.node',
    'jna-5.17.0-jar': 'node_modules/java-bridge/lib/jna-5.17.0.jar',
  };
  for (const [image, path] of Object.entries(bins)) writeImage(image, join(tree, path));
  writeImage('esbuild__linux-x64', join(tree, '.complete'));
}

const files = countFiles(tree) - 1;
const { walkNative } = await import(join(repo, 'dist/arch/walk-native.js'));
const times = [];
let last;
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  last = walkNative(tree);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const walkMs = times[Math.floor(times.length / 2)];
const cli = measureNode([join(repo, 'bin/steward.js'), 'arch', tree, '-f', 'json', '-q'], { runs });

console.log(`Tree: ${files} files (${tree.replace(`${repo}/`, '')}); median of ${runs} runs.\n`);
console.log('| Measure | Files | Sniffed | Binaries | Median ms | Target |');
console.log('|---|---:|---:|---:|---:|---|');
console.log(
  `| native walk (in-process, warm cache) | ${last.files} | ${last.sniffed} | ${last.binaries.length} | ${walkMs.toFixed(0)} | < 2000 ms |`,
);
console.log(
  `| \`steward arch\` (whole command, exit ${cli.status}) | ${files} | | | ${cli.ms.toFixed(0)} (peak RSS ${cli.rssMb.toFixed(0)} MB) | < 2000 ms |`,
);
