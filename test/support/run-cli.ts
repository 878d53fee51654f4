// Runs the built CLI (bin/steward.js over dist/) in a child process, as a user would, and
// collects its exit code and output. dist/ is built once by test/global-setup.ts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(REPO, 'bin', 'steward.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; nodeArgs?: string[]; cwd?: string; uid?: number } = {},
): CliRun {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: 'C',
    ...options.env,
  };
  const r = spawnSync(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
    cwd: options.cwd ?? REPO,
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {}),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temp directory, removed by the returned cleanup. */
export function tempDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `steward-${prefix}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The uid of `nobody`, for permission tests when the suite runs as root (root reads anything). */
export const NOBODY = 65534;
export const runningAsRoot = (): boolean => process.getuid?.() === 0;

let nobodyWorks: boolean | undefined;
/** Whether the CLI can run as `nobody` here (the checkout must be readable by other users). */
export function canRunAsNobody(): boolean {
  nobodyWorks ??= runCli(['--version'], { uid: NOBODY, cwd: '/' }).code === 0;
  return nobodyWorks;
}
