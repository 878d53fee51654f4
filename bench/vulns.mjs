#!/usr/bin/env node
// Vulnerability benchmarks (issue 5): importing OSV exports, matching 10,000 components, and
// `steward audit` on a 1,000-component SBOM including start-up. OSV's real exports are not
// reachable offline, so the exports are generated here with the real exports' shape and roughly
// their record counts (npm 200k, PyPI 30k, Maven 6k, Go 5k, crates.io 2k). Run after a build.
// `--db DIR` keeps the database in DIR and reuses it when it is already there (no import);
// `--audit-only` measures only the audit runs. The machine is shared: CPU times (user + system of
// the child) are printed beside wall times, and are the figures to compare.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { measureNode } from './_measure.mjs';

const root = new URL('..', import.meta.url).pathname;
const { openDatabase } = await import(join(root, 'dist/vulns/db/open.js'));
const { matchPurls } = await import(join(root, 'dist/vulns/match.js'));
const { purlToOsv } = await import(join(root, 'dist/vulns/purl-to-osv.js'));

const ECOSYSTEMS = [
  { name: 'npm', count: 200_000, purl: (n, v) => `pkg:npm/${n}@${v}` },
  { name: 'PyPI', count: 30_000, purl: (n, v) => `pkg:pypi/${n}@${v}` },
  {
    name: 'Maven',
    count: 6_000,
    osvName: (n) => `org.example.${n}:${n}`,
    purl: (n, v) => `pkg:maven/org.example.${n}/${n}@${v}`,
  },
  {
    name: 'Go',
    count: 5_000,
    osvName: (n) => `example.com/${n}`,
    purl: (n, v) => `pkg:golang/example.com/${n}@v${v}`,
  },
  { name: 'crates.io', count: 2_000, purl: (n, v) => `pkg:cargo/${n}@${v}` },
];

const LOREM =
  'A crafted input makes the parser allocate without bound, which a remote attacker can use to exhaust memory. '.repeat(
    4,
  );

function record(eco, i) {
  const name = `pkg-${i % Math.ceil(eco.count / 2)}`;
  const ranges = [
    {
      type: eco.name === 'npm' || eco.name === 'crates.io' ? 'SEMVER' : 'ECOSYSTEM',
      events: [{ introduced: '0' }, { fixed: `${1 + (i % 5)}.2.0` }],
    },
  ];
  return {
    schema_version: '1.6.0',
    id: `GHSA-${eco.name.length}${String(i).padStart(7, '0')}`,
    modified: '2025-01-01T00:00:00Z',
    published: '2024-01-01T00:00:00Z',
    aliases: [`CVE-2024-${String(i).padStart(6, '0')}`],
    summary: `Resource exhaustion in ${name}`,
    details: LOREM,
    severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H' }],
    affected: [
      {
        package: { ecosystem: eco.name, name: eco.osvName ? eco.osvName(name) : name },
        ranges,
        versions: i % 10 === 0 ? Array.from({ length: 30 }, (_, k) => `1.${k}.0`) : [],
      },
    ],
    references: [{ type: 'ADVISORY', url: `https://example.org/advisories/${i}` }],
  };
}

const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};
const keptDb = arg('--db');
const auditOnly = process.argv.includes('--audit-only');

// Preloaded into the audited process: writes its own CPU time (user + system, ms) on exit.
const CPU_PRELOAD = `data:text/javascript,${encodeURIComponent(
  "import{writeFileSync as w}from'node:fs';process.on('exit',()=>{const u=process.cpuUsage();w(process.env.STEWARD_BENCH_CPU_FILE,String((u.user+u.system)/1000))})",
)}`;

/** Median wall and CPU milliseconds of `node args…` over `runs` runs. */
function measureCpu(args, runs) {
  const wall = [];
  const cpu = [];
  let status = 0;
  for (let i = 0; i < runs; i++) {
    const file = join(work, `cpu-${i}`);
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['--import', CPU_PRELOAD, ...args], {
      env: { ...process.env, STEWARD_BENCH_CPU_FILE: file },
      stdio: 'ignore',
    });
    wall.push(performance.now() - t0);
    cpu.push(Number(readFileSync(file, 'utf8')));
    status = r.status ?? 1;
  }
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { wallMs: median(wall), cpuMs: median(cpu), minCpuMs: Math.min(...cpu), status };
}

const work = mkdtempSync(join(tmpdir(), 'steward-bench-vulns-'));
console.log(
  `machine: ${cpus().length} CPUs, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
try {
  const db = keptDb ?? join(work, 'db');
  const reuse = keptDb !== undefined && existsSync(join(keptDb, 'meta.json'));
  let importMs = 0;
  let total = 0;
  for (const eco of reuse ? [] : ECOSYSTEMS) {
    // fflate writes no ZIP64, so exports over 60,000 records are split into several zips, imported
    // one after another (each import merges into what is stored, as an incremental update would).
    let ms = 0;
    let rss = 0;
    for (let start = 0; start < eco.count; start += 60_000) {
      const files = {};
      for (let i = start; i < Math.min(eco.count, start + 60_000); i++)
        files[`${i}.json`] = strToU8(JSON.stringify(record(eco, i)));
      const zip = join(work, `${eco.name}-${start}.zip`);
      writeFileSync(zip, zipSync(files, { level: 1 }));
      const r = measureNode([join(root, 'bin/steward.js'), 'db', 'import', zip, '--db', db], { runs: 1 });
      if (r.status !== 0) throw new Error(`import of ${eco.name} failed (${r.status})`);
      ms += r.ms;
      rss = Math.max(rss, r.rssMb);
    }
    console.log(
      `import ${eco.name}: ${eco.count} records in ${ms.toFixed(0)} ms, peak RSS ${rss.toFixed(0)} MB`,
    );
    importMs += ms;
    total += eco.count;
  }
  if (reuse) console.log(`reusing the database in ${db}`);
  else console.log(`import total: ${total} records in ${(importMs / 1000).toFixed(1)} s (target < 90 s)`);

  // 10,000 components across the five ecosystems; about one in three is vulnerable.
  const purls = [];
  for (let i = 0; i < 10_000; i++) {
    const eco = ECOSYSTEMS[i % ECOSYSTEMS.length];
    purls.push(eco.purl(`pkg-${(i * 7) % Math.ceil(eco.count / 2)}`, i % 3 === 0 ? '1.0.0' : '9.0.0'));
  }
  if (!auditOnly) {
    const t0 = performance.now();
    const opened = await openDatabase(db);
    await opened.load(purls.map((p) => purlToOsv(p)).filter(Boolean));
    const loadMs = performance.now() - t0;
    const times = [];
    let findings = 0;
    for (let run = 0; run < 5; run++) {
      const t = performance.now();
      findings = matchPurls(purls, opened.source).findings.length;
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(`read the records of those 10,000 components: ${loadMs.toFixed(0)} ms`);
    console.log(
      `match 10,000 components: median ${times[2].toFixed(0)} ms over 5 runs, ${findings} findings (target < 1 s)`,
    );
  }

  // steward audit on a 1,000-component CycloneDX SBOM, start-up included.
  const components = purls
    .slice(0, 1000)
    .map((purl, i) => ({ type: 'library', 'bom-ref': `c${i}`, name: `c${i}`, purl }));
  const sbom = join(work, 'sbom.json');
  writeFileSync(sbom, JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', version: 1, components }));
  const a = measureNode(
    [join(root, 'bin/steward.js'), 'audit', '--sbom', sbom, '--db', db, '--format', 'json'],
    { runs: 5 },
  );
  const ac = measureCpu(
    [join(root, 'bin/steward.js'), 'audit', '--sbom', sbom, '--db', db, '--format', 'json'],
    5,
  );
  console.log(
    `steward audit --sbom (1,000 components, 5 ecosystems): median ${a.ms.toFixed(0)} ms wall, CPU median ${ac.cpuMs.toFixed(0)} ms (min ${ac.minCpuMs.toFixed(0)}), peak RSS ${a.rssMb.toFixed(0)} MB, exit ${a.status} (target < 1.5 s)`,
  );
  const npmOnly = purls.filter((p) => p.startsWith('pkg:npm/')).slice(0, 1000);
  writeFileSync(
    sbom,
    JSON.stringify({
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      version: 1,
      components: npmOnly.map((purl) => ({ type: 'library', name: 'x', purl })),
    }),
  );
  const b = measureNode(
    [join(root, 'bin/steward.js'), 'audit', '--sbom', sbom, '--db', db, '--format', 'json'],
    { runs: 5 },
  );
  const bc = measureCpu(
    [join(root, 'bin/steward.js'), 'audit', '--sbom', sbom, '--db', db, '--format', 'json'],
    5,
  );
  console.log(
    `steward audit --sbom (1,000 npm components): median ${b.ms.toFixed(0)} ms wall, CPU median ${bc.cpuMs.toFixed(0)} ms (min ${bc.minCpuMs.toFixed(0)}), peak RSS ${b.rssMb.toFixed(0)} MB`,
  );
  const v = measureCpu([join(root, 'bin/steward.js'), '--version'], 5);
  console.log(
    `steward --version (start-up alone): median ${v.wallMs.toFixed(0)} ms wall, CPU ${v.cpuMs.toFixed(0)} ms`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
