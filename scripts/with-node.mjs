#!/usr/bin/env node
// Runs a command under Node.js >= 22.12. These machines ship Node 20, so when the running Node is
// older this fetches Node 24 from the npm registry into .tools/ (once) and puts it first on PATH.
// Kept dependency-free and tolerant of old Node versions: it is the first thing that runs.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const toolsBin = join(root, '.tools', 'node_modules', '.bin');
const [major, minor] = process.versions.node.split('.').map(Number);
const modern = major > 22 || (major === 22 && minor >= 12);

const env = { ...process.env };
if (!modern) {
  if (!existsSync(join(toolsBin, 'node'))) {
    process.stderr.write(
      `Node ${process.versions.node} is older than 22.12; fetching Node 24 into .tools/\n`,
    );
    const r = spawnSync(
      'npm',
      ['install', '--prefix', join(root, '.tools'), '--no-audit', '--no-fund', '--no-save', 'node@24'],
      {
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    if (r.status !== 0) {
      process.stderr.write('could not install Node 24 from the npm registry\n');
      process.exit(r.status ?? 1);
    }
  }
}
// Project tools first, then (when needed) the fetched Node ahead of everything.
env.PATH = [...(modern ? [] : [toolsBin]), join(root, 'node_modules', '.bin'), env.PATH ?? ''].join(
  delimiter,
);

const [cmd, ...args] = process.argv.slice(2);
if (!cmd) {
  process.stderr.write('usage: with-node.mjs COMMAND [ARGS...]\n');
  process.exit(2);
}
const r = spawnSync(cmd, args, { stdio: 'inherit', env, cwd: process.cwd() });
if (r.error) {
  process.stderr.write(`${cmd}: ${r.error.message}\n`);
  process.exit(127);
}
process.exit(r.status ?? (r.signal ? 1 : 0));
