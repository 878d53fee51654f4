// Bad input must never crash a scan: each broken file gives one line on stderr naming it (and its
// line where known), no stack trace, exit code 4, and a valid JSON result marked incomplete, while
// the other projects in the tree are still scanned. Runs the real built CLI on temp directories.
import { chmodSync, mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../src/core/result.js';
import { ECOSYSTEM_PLUGINS } from '../src/ecosystems/registry.js';
import { canRunAsNobody, NOBODY, REPO, runCli, runningAsRoot, tempDir } from './support/run-cli.js';

const registered = (folder: string) => ECOSYSTEM_PLUGINS.some((p) => p.id.startsWith(`${folder}/`));
const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()));

const exampleLock = readFileSync(join(REPO, 'examples/workspace-monorepo/package-lock.json'), 'utf8');
const manifest = JSON.stringify({ name: 'bad', version: '1.0.0', dependencies: { ms: '^2.1.3' } });

/** A tree with one healthy project (good/) and whatever `setup` breaks. */
function project(setup: (dir: string) => void): string {
  const { dir, cleanup } = tempDir('bad-input');
  cleanups.push(cleanup);
  mkdirSync(join(dir, 'good'));
  writeFileSync(
    join(dir, 'good/package.json'),
    JSON.stringify({ name: 'good', dependencies: { ms: '^2.1.3' } }),
  );
  mkdirSync(join(dir, 'bad'));
  setup(dir);
  return dir;
}

function write(dir: string, rel: string, content: string | Uint8Array): void {
  writeFileSync(join(dir, rel), content);
}

/** The shared expectations; returns the stderr line that names the file. */
function expectPartialScan(dir: string, file: string, uid?: number): { line: string; result: ScanResult } {
  const run = runCli(['scan', dir, '--format', 'json'], uid === undefined ? {} : { uid });
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.stderr).not.toContain('internal error');
  const naming = run.stderr.split('\n').filter((l) => l.includes(file));
  expect(naming, run.stderr).toHaveLength(1);
  expect(naming[0]).toMatch(/^steward: (error|warning)\[file\/[a-z-]+\]: /);
  expect(run.code, run.stderr).toBe(4);
  const result = JSON.parse(run.stdout) as ScanResult;
  expect(result.status.complete).toBe(false);
  expect(result.status.failures.map((f) => f.file)).toContain(file);
  expect(result.projects.map((p) => p.source)).toContain('good/package.json');
  return { line: naming[0]!, result };
}

describe('bad input', () => {
  it.skipIf(!registered('npm'))('truncated package-lock.json: parse error with its line', () => {
    const dir = project((d) => {
      write(d, 'bad/package.json', manifest);
      write(d, 'bad/package-lock.json', exampleLock.slice(0, Math.floor(exampleLock.length / 2)));
    });
    const { line } = expectPartialScan(dir, 'bad/package-lock.json');
    expect(line).toMatch(/error\[file\/parse-error\]: bad\/package-lock\.json:\d+: /);
  });

  it.skipIf(!registered('pnpm'))('invalid pnpm-lock.yaml: parse error with its line', () => {
    const dir = project((d) => {
      write(d, 'bad/package.json', manifest);
      write(d, 'bad/pnpm-lock.yaml', "lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies: [ms, {\n");
    });
    const { line } = expectPartialScan(dir, 'bad/pnpm-lock.yaml');
    expect(line).toMatch(/error\[file\/parse-error\]: bad\/pnpm-lock\.yaml:\d+: /);
  });

  it.skipIf(!registered('npm'))('unknown lockfileVersion: unsupported version', () => {
    const dir = project((d) => {
      write(d, 'bad/package.json', manifest);
      write(d, 'bad/package-lock.json', JSON.stringify({ name: 'bad', lockfileVersion: 99, packages: {} }));
    });
    const { line } = expectPartialScan(dir, 'bad/package-lock.json');
    expect(line).toContain('error[file/unsupported-version]');
  });

  it('symbolic link loop: reported, not followed', () => {
    const dir = project((d) => {
      symlinkSync('b', join(d, 'bad/a'));
      symlinkSync('a', join(d, 'bad/b'));
    });
    const run = runCli(['scan', dir, '--format', 'json']);
    expect(run.code).toBe(4);
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.status.failures.filter((f) => f.reason === 'symlink-loop').map((f) => f.file)).toEqual([
      'bad/a',
      'bad/b',
    ]);
    expectPartialScan(dir, 'bad/a');
  });

  it('a directory linking to its own parent: reported, not followed forever', () => {
    const dir = project((d) => symlinkSync('..', join(d, 'bad/up')));
    expectPartialScan(dir, 'bad/up');
  });

  it.skipIf(runningAsRoot() && !canRunAsNobody())('unreadable file (chmod 000)', () => {
    const dir = project((d) => write(d, 'bad/package.json', manifest));
    chmodSync(join(dir, 'bad/package.json'), 0o000);
    // Root reads a chmod 000 file anyway, so as root the CLI runs as `nobody`, which cannot.
    chmodSync(dir, 0o755);
    const { line } = expectPartialScan(dir, 'bad/package.json', runningAsRoot() ? NOBODY : undefined);
    expect(line).toContain('error[file/unreadable]');
  });

  it.skipIf(!registered('npm'))('200 MB sparse package-lock.json: too large, not read', () => {
    const dir = project((d) => {
      write(d, 'bad/package.json', manifest);
      write(d, 'bad/package-lock.json', '');
      truncateSync(join(d, 'bad/package-lock.json'), 200 * 1024 * 1024);
    });
    const { line } = expectPartialScan(dir, 'bad/package-lock.json');
    expect(line).toContain('error[file/too-large]');
  });

  it.skipIf(!registered('yarn'))('binary garbage named yarn.lock', () => {
    const garbage = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    const dir = project((d) => {
      write(d, 'bad/package.json', manifest);
      write(d, 'bad/yarn.lock', garbage);
    });
    const { line } = expectPartialScan(dir, 'bad/yarn.lock');
    expect(line).toContain('error[file/binary]');
  });

  it('package.json in Latin-1: invalid encoding with its line', () => {
    const latin1 = Buffer.from('{\n  "name": "caf\xe9",\n  "version": "1.0.0"\n}\n', 'latin1');
    const dir = project((d) => write(d, 'bad/package.json', latin1));
    const { line } = expectPartialScan(dir, 'bad/package.json');
    expect(line).toMatch(/error\[file\/invalid-encoding\]: bad\/package\.json:2: /);
  });

  it.skipIf(!registered('npm'))('a directory named package-lock.json: not a file', () => {
    const dir = project((d) => {
      write(d, 'bad/package.json', manifest);
      mkdirSync(join(d, 'bad/package-lock.json'));
    });
    const { line } = expectPartialScan(dir, 'bad/package-lock.json');
    expect(line).toContain('error[file/not-a-file]');
  });
});

describe('offline guarantee', () => {
  const preload = join(REPO, 'test/support/deny-network.mjs');

  function withDeniedNetwork(args: string[]): { run: ReturnType<typeof runCli>; attempts: string } {
    const { dir, cleanup } = tempDir('offline');
    cleanups.push(cleanup);
    const log = join(dir, 'net.log');
    write(dir, 'net.log', '');
    const run = runCli(args, { nodeArgs: ['--import', preload], env: { STEWARD_TEST_NET_LOG: log } });
    return { run, attempts: readFileSync(log, 'utf8') };
  }

  it('the preload does catch network use (control)', () => {
    const { dir, cleanup } = tempDir('offline-control');
    cleanups.push(cleanup);
    const log = join(dir, 'net.log');
    write(dir, 'net.log', '');
    const probe = join(dir, 'probe.mjs');
    writeFileSync(
      probe,
      [
        "import net from 'node:net'; import { lookup } from 'node:dns';",
        "try { await fetch('http://127.0.0.1:9/'); } catch {}",
        "try { lookup('example.org', () => {}); } catch {}",
        "try { net.connect(9, '127.0.0.1'); } catch {}",
      ].join('\n'),
    );
    const { spawnSync } = process.getBuiltinModule('node:child_process');
    spawnSync(process.execPath, ['--import', preload, probe], {
      env: { ...process.env, STEWARD_TEST_NET_LOG: log },
    });
    const attempts = readFileSync(log, 'utf8').trim().split('\n');
    expect(attempts.map((a) => a.split(' ')[0])).toEqual(['fetch', 'dns.lookup', 'net.Socket.connect']);
  });

  it('scanning the example project and every fixture makes no network request', () => {
    // The last target holds every ecosystem's fixtures: all registered parsers run on real inputs.
    for (const target of [
      'examples/workspace-monorepo',
      'src/ecosystems/npm-installed/__fixtures__',
      'src/ecosystems',
    ]) {
      const { run, attempts } = withDeniedNetwork(['scan', target, '--format', 'json']);
      expect(attempts).toBe('');
      expect(run.stderr).not.toContain('network access attempted');
      expect(JSON.parse(run.stdout).components.length).toBeGreaterThan(0);
    }
  });
});
