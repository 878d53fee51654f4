// JavaScript inventory benchmark (issue: a 5,000-package npm v3 lockfile and a 5,000-package pnpm
// v9 monorepo lockfile, each under 1 s wall and 250 MB peak RSS on a 2-core machine), timed side by
// side with `npm sbom --package-lock-only` and, when installed, cdxgen.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fmt, measureCommand, measureNode } from './_measure.mjs';

const root = new URL('..', import.meta.url).pathname;
const inputs = [
  { name: 'npm v3 lockfile', dir: 'bench/inputs/npm-v3-large', lock: 'package-lock.json' },
  { name: 'pnpm v9 monorepo', dir: 'bench/inputs/pnpm-v9-monorepo', lock: 'pnpm-lock.yaml' },
];
const TARGET_MS = 1000;
const TARGET_MB = 250;

function which(cmd) {
  for (const dir of [join(root, 'bench/.cache/node_modules/.bin'), ...(process.env.PATH ?? '').split(':')]) {
    if (dir && existsSync(join(dir, cmd))) return join(dir, cmd);
  }
  return undefined;
}

const out = mkdtempSync(join(tmpdir(), 'steward-js-bench-'));
const rows = [];
let ok = true;
try {
  for (const input of inputs) {
    const dir = join(root, input.dir);
    if (!existsSync(join(dir, input.lock))) {
      console.log(`skipped ${input.name}: ${input.dir}/${input.lock} missing (run bench/inputs/generate.sh)`);
      continue;
    }
    const json = join(out, 'result.json');
    const steward = measureNode([
      join(root, 'bin/steward.js'),
      'scan',
      dir,
      '--format',
      'json',
      '--output',
      json,
      '--quiet',
    ]);
    const result = JSON.parse(readFileSync(json, 'utf8'));
    const components = result.components.length;
    const row = { input: input.name, components, steward };
    if (input.lock === 'package-lock.json') {
      // Locked with --legacy-peer-deps; npm sbom refuses its unmet peers without the same flag.
      row.npmSbom = measureCommand(
        'npm',
        ['sbom', '--package-lock-only', '--legacy-peer-deps', '--sbom-format', 'cyclonedx'],
        {
          cwd: dir,
        },
      );
    }
    const cdxgen = which('cdxgen');
    if (cdxgen) {
      // One run: cdxgen takes over a minute per input on these machines.
      row.cdxgen = measureCommand(
        cdxgen,
        ['-t', 'js', '--no-install-deps', '-o', join(out, 'cdx.json'), dir],
        {
          runs: 1,
          env: { CDXGEN_NO_BANNER: 'true', FETCH_LICENSE: 'false' },
        },
      );
    }
    const pass = steward.ms < TARGET_MS && steward.rssMb < TARGET_MB && steward.status === 0;
    ok &&= pass;
    row.pass = pass;
    rows.push(row);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

console.log(
  '| input | components | steward median ms | steward peak RSS MB | npm sbom ms | steward / npm sbom | cdxgen ms | steward / cdxgen | target (<1 s, <250 MB) |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
for (const r of rows) {
  const rel = (o) =>
    o && o.status === 0 ? (r.steward.ms / o.ms).toFixed(3) : o ? `failed (${o.status})` : 'not run';
  console.log(
    `| ${r.input} | ${r.components} | ${fmt(r.steward.ms)} | ${fmt(r.steward.rssMb)} | ${r.npmSbom ? fmt(r.npmSbom.ms) : '—'} | ${rel(r.npmSbom)} | ${r.cdxgen ? fmt(r.cdxgen.ms) : '—'} | ${r.cdxgen ? rel(r.cdxgen) : 'cdxgen not installed'} | ${r.pass ? 'met' : 'MISSED'} |`,
  );
}
process.exit(ok ? 0 : 1);
