// Builds the held-out license corpus for bench/licenses-heldout.mjs: real npm packages (the
// name@version pairs of the real lockfiles in bench/inputs/) fetched with `npm pack`, of which only
// the top-level license files and the declared `license` field are kept, in bench/.cache (never
// committed). Packages already cached are skipped, so a second run needs no network.
import { execFile } from 'node:child_process';
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
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Top-level files kept from each package. */
export const LICENSE_FILE = /^(licen[cs]e|copying|notice|unlicense)/i;

/** name@version pairs of the registry packages in the npm and pnpm lockfiles, deduplicated. */
export function lockfileSpecs(inputs) {
  const specs = new Set();
  const semver = /^\d+\.\d+\.\d+(-[\w.-]+)?(\+[\w.-]+)?$/;
  const npmLock = join(inputs, 'npm-v3-large/package-lock.json');
  if (existsSync(npmLock)) {
    const lock = JSON.parse(readFileSync(npmLock, 'utf8'));
    for (const [path, entry] of Object.entries(lock.packages ?? {})) {
      if (!path || entry.link || !semver.test(entry.version ?? '')) continue;
      if (entry.resolved && !entry.resolved.startsWith('https://registry.npmjs.org/')) continue;
      specs.add(`${entry.name ?? path.split('node_modules/').pop()}@${entry.version}`);
    }
  }
  const pnpmLock = join(inputs, 'pnpm-v9-monorepo/pnpm-lock.yaml');
  if (existsSync(pnpmLock)) {
    const text = readFileSync(pnpmLock, 'utf8');
    const section = text.slice(text.indexOf('\npackages:\n'), text.indexOf('\nsnapshots:\n'));
    for (const m of section.matchAll(/^ {2}'?(@?[^@\s'(]+)@([^\s'(:]+)'?:$/gm))
      if (semver.test(m[2])) specs.add(`${m[1]}@${m[2]}`);
  }
  return [...specs].sort();
}

/** Cache directory of one package: scope slash becomes "+". */
export function packageDir(cache, spec) {
  return join(cache, spec.replace('/', '+'));
}

function npmPack(specs, dest) {
  return new Promise((resolve) => {
    execFile(
      'npm',
      [
        'pack',
        '--json',
        '--ignore-scripts',
        '--cache',
        join(dest, '.npm'),
        '--pack-destination',
        dest,
        ...specs,
      ],
      { maxBuffer: 64 << 20, env: { ...process.env, npm_config_loglevel: 'silent' } },
      (err, stdout) => {
        if (err) return resolve(undefined);
        try {
          resolve(JSON.parse(stdout));
        } catch {
          resolve(undefined);
        }
      },
    );
  });
}

/** Entries of a tar archive: { path, data } for regular files (ustar, pax and GNU long names). */
function* tarEntries(buf) {
  let longName;
  for (let off = 0; off + 512 <= buf.length;) {
    const header = buf.subarray(off, off + 512);
    if (header.every((b) => b === 0)) break;
    const str = (a, b) => header.subarray(a, b).toString('utf8').replace(/\0.*$/s, '');
    const size = parseInt(str(124, 136).trim() || '0', 8);
    const type = String.fromCharCode(header[156] || 48);
    const prefix = str(345, 500);
    const data = buf.subarray(off + 512, off + 512 + size);
    off += 512 + Math.ceil(size / 512) * 512;
    if (type === 'x') {
      const m = /\d+ path=([^\n]*)\n/.exec(data.toString('utf8'));
      if (m) longName = m[1];
      continue;
    }
    if (type === 'L') {
      longName = data.toString('utf8').replace(/\0.*$/s, '');
      continue;
    }
    const path = longName ?? (prefix ? `${prefix}/${str(0, 100)}` : str(0, 100));
    longName = undefined;
    if (type === '0' || type === '\0' || type === '7') yield { path, data };
  }
}

/** Keeps the top-level license files and the declared license of one packed tarball. */
function extract(tgz, dir, spec) {
  let declared = null;
  const files = [];
  for (const { path, data } of tarEntries(gunzipSync(readFileSync(tgz)))) {
    const parts = path.split('/');
    if (parts.length !== 2) continue;
    if (parts[1] === 'package.json') {
      try {
        const manifest = JSON.parse(data.toString('utf8'));
        declared = { license: manifest.license ?? null, licenses: manifest.licenses ?? null };
      } catch {
        declared = { license: null, invalid: true };
      }
    } else if (LICENSE_FILE.test(parts[1]) && data.length > 0) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, parts[1]), data);
      files.push(parts[1]);
    }
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '_label.json'), JSON.stringify({ spec, declared, files }));
}

async function fetchBatch(cache, specs, retried = false) {
  const dest = mkdtempSync(join(tmpdir(), 'steward-heldout-'));
  try {
    const packed = await npmPack(specs, dest);
    if (!packed) {
      // One bad spec fails the whole call: split until the bad one is alone, then record it.
      if (specs.length === 1) {
        if (!retried) return fetchBatch(cache, specs, true);
        mkdirSync(packageDir(cache, specs[0]), { recursive: true });
        writeFileSync(
          join(packageDir(cache, specs[0]), '_label.json'),
          JSON.stringify({ spec: specs[0], error: true }),
        );
        return 0;
      }
      const half = Math.ceil(specs.length / 2);
      return (await fetchBatch(cache, specs.slice(0, half))) + (await fetchBatch(cache, specs.slice(half)));
    }
    for (const p of packed) {
      const spec = `${p.name}@${p.version}`;
      try {
        extract(join(dest, p.filename), packageDir(cache, spec), spec);
      } catch {
        writeFileSync(join(packageDir(cache, spec), '_label.json'), JSON.stringify({ spec, error: true }));
      }
    }
    return packed.length;
  } finally {
    rmSync(dest, { recursive: true, force: true });
  }
}

/** Fetches every spec not yet cached, `jobs` npm processes at a time, `batch` specs each. */
export async function buildCorpus(cache, specs, { jobs = 4, batch = 25, log = () => {} } = {}) {
  mkdirSync(cache, { recursive: true });
  // Failed packs (network hiccups) are tried again on the next run.
  const cachedOk = (s) => {
    const file = join(packageDir(cache, s), '_label.json');
    return existsSync(file) && !JSON.parse(readFileSync(file, 'utf8')).error;
  };
  const todo = specs.filter((s) => !cachedOk(s));
  const batches = [];
  for (let i = 0; i < todo.length; i += batch) batches.push(todo.slice(i, i + batch));
  let done = 0;
  const worker = async () => {
    for (let b = batches.shift(); b; b = batches.shift()) {
      const n = await fetchBatch(cache, b);
      done += n;
      log(`fetched ${done}/${todo.length}`);
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
  return { cached: specs.length - todo.length, fetched: done };
}

/** Cached packages: { spec, declared, files, dir } for each package that was packed. */
export function readCorpus(cache, specs) {
  const out = [];
  for (const spec of specs) {
    const dir = packageDir(cache, spec);
    const file = join(dir, '_label.json');
    if (!existsSync(file)) continue;
    const meta = JSON.parse(readFileSync(file, 'utf8'));
    if (meta.error) continue;
    out.push({ ...meta, dir, files: meta.files.filter((f) => existsSync(join(dir, f))) });
  }
  return out;
}

export function cachedSpecs(cache) {
  return existsSync(cache) ? readdirSync(cache).map((d) => d.replace('+', '/')) : [];
}
