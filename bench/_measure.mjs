// Shared by the benchmarks: run a command several times and report the median wall time and the
// peak RSS of the child (read from /proc by polling is unreliable, so Node children report their
// own max RSS through a preload that prints it on exit).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const preload = new URL('./_rss-preload.mjs', import.meta.url).pathname;

/** Runs `node args…` `runs` times; returns median wall ms and max peak RSS in MB. */
export function measureNode(args, { runs = 5, cwd, env } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'steward-bench-'));
  const times = [];
  let rss = 0;
  let status = 0;
  try {
    for (let i = 0; i < runs; i++) {
      const rssFile = join(dir, `rss-${i}`);
      const t0 = process.hrtime.bigint();
      const r = spawnSync(process.execPath, ['--import', preload, ...args], {
        cwd,
        env: { ...process.env, ...env, STEWARD_BENCH_RSS_FILE: rssFile },
        stdio: ['ignore', 'ignore', 'pipe'],
        maxBuffer: 64 * 1024 * 1024,
      });
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      status = r.status ?? 1;
      try {
        rss = Math.max(rss, Number(readFileSync(rssFile, 'utf8')) / 1024);
      } catch {
        /* the child died before writing */
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], minMs: times[0], rssMb: rss, status };
}

/** Runs any command `runs` times; returns median wall ms (RSS unknown for non-Node tools). */
export function measureCommand(cmd, args, { runs = 3, cwd, env } = {}) {
  const times = [];
  let status = 0;
  let stderr = '';
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 256 * 1024 * 1024,
      timeout: 600_000,
    });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    status = r.status ?? 1;
    stderr = String(r.stderr ?? '').slice(0, 300);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], status, stderr };
}

export const fmt = (n, digits = 0) => (n === undefined ? '—' : n.toFixed(digits));
