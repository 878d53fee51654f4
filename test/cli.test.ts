// The CLI as a user meets it: formats, atomic --output, several format/output pairs, languages,
// NO_COLOR, --quiet, exit codes, --version and help. Most cases run the built bin in a child
// process; the two that need a TTY or a failing reporter run main() in-process.
import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { ReportError } from '../src/core/analyzer.js';
import type { ScanResult } from '../src/core/result.js';
import { COMMON_OPTIONS } from '../src/cli/options.js';
import { ECOSYSTEM_PLUGINS } from '../src/ecosystems/registry.js';
import { REPORTERS } from '../src/report/registry.js';
import { canRunAsNobody, NOBODY, REPO, runCli, runningAsRoot, tempDir } from './support/run-cli.js';

// A reporter that always refuses, registered before the scan command loads (its --format choices
// are read from the registry then): it stands in for a reporter whose validation fails.
REPORTERS.push({
  id: 'broken',
  extension: 'txt',
  machine: true,
  render: () => {
    throw new ReportError('broken', 'refuses to render', ['detail one']);
  },
});

const npmRegistered = ECOSYSTEM_PLUGINS.some((p) => p.id.startsWith('npm/'));
const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()));

function temp(): string {
  const { dir, cleanup } = tempDir('cli');
  cleanups.push(cleanup);
  return dir;
}

/** A project with only a package.json: always scannable (declared-only), complete, with a warning. */
function declaredProject(): string {
  const dir = temp();
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'app', dependencies: { ms: '^2.1.3' } }));
  return dir;
}

const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

describe('formats and outputs', () => {
  it('--format json prints the JSON result on stdout; table is the default', () => {
    const dir = declaredProject();
    const json = runCli(['scan', dir, '--format', 'json']);
    const result = JSON.parse(json.stdout) as ScanResult;
    expect(result.schemaVersion).toBe('1.0');
    expect(result.components.map((c) => [c.name, c.range])).toEqual([['ms', '^2.1.3']]);
    const table = runCli(['scan', dir]);
    expect(table.stdout.split('\n')[0]).toMatch(/^Name\s+Version\s+Ecosystem/);
    expect(table.stdout).toMatch(/^ms\s+\^2\.1\.3\s+npm/m);
  });

  it('writes several --format/--output pairs, one file each, nothing on stdout', () => {
    const dir = declaredProject();
    const out = temp();
    const run = runCli([
      'scan',
      dir,
      '-f',
      'json',
      '-o',
      join(out, 'a.json'),
      '-f',
      'table',
      '-o',
      join(out, 'b.txt'),
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(out, 'a.json'), 'utf8')).components).toHaveLength(1);
    expect(readFileSync(join(out, 'b.txt'), 'utf8')).toMatch(/^Name/);
    expect(run.stderr).toContain(`wrote json to ${join(out, 'a.json')}`);
    expect(leftovers(out)).toEqual([]);
  });

  it('refuses --output without a matching --format for each (exit 2)', () => {
    const run = runCli(['scan', declaredProject(), '-f', 'json', '-f', 'table', '-o', join(temp(), 'x')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--output given 1 times but --format 2 times');
  });

  it('an unwritable output path fails with exit 2 and creates nothing', () => {
    const out = temp();
    const run = runCli(['scan', declaredProject(), '-f', 'json', '-o', join(out, 'missing/r.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^steward: cannot write .*missing\/r\.json: ENOENT/m);
    expect(readdirSync(out)).toEqual([]);
  });

  it('an output that cannot replace its target leaves the target intact and no temp file', () => {
    const out = temp();
    mkdirSync(join(out, 'report.json'));
    writeFileSync(join(out, 'report.json', 'keep.txt'), 'previous');
    const run = runCli(['scan', declaredProject(), '-f', 'json', '-o', join(out, 'report.json')]);
    expect(run.code).toBe(2);
    expect(readFileSync(join(out, 'report.json', 'keep.txt'), 'utf8')).toBe('previous');
    expect(readdirSync(out)).toEqual(['report.json']);
  });

  it.skipIf(runningAsRoot() && !canRunAsNobody())(
    'a read-only directory keeps the previous report intact',
    () => {
      const out = temp();
      writeFileSync(join(out, 'report.json'), 'previous');
      chmodSync(out, 0o555);
      const project = declaredProject();
      // Root writes into a read-only directory anyway, so as root the CLI runs as `nobody`.
      if (runningAsRoot()) chmodSync(project, 0o755);
      const run = runCli(['scan', project, '-f', 'json', '-o', join(out, 'report.json')], {
        ...(runningAsRoot() ? { uid: NOBODY } : {}),
      });
      chmodSync(out, 0o755);
      expect(run.stderr).toMatch(/^steward: cannot write .*report\.json: EACCES/m);
      expect(run.code).toBe(2);
      expect(readFileSync(join(out, 'report.json'), 'utf8')).toBe('previous');
      expect(readdirSync(out)).toEqual(['report.json']);
    },
  );
});

/** A writable stream that collects text, optionally pretending to be a terminal. */
function capture(isTTY: boolean): { stream: NodeJS.WriteStream; text: () => string } {
  let text = '';
  const w = new Writable({
    write(chunk, _enc, cb) {
      text += String(chunk);
      cb();
    },
  });
  return {
    stream: Object.assign(w, { isTTY, columns: 100 }) as unknown as NodeJS.WriteStream,
    text: () => text,
  };
}

describe('in-process: terminals and failing reporters', () => {
  it('colours the table on a terminal unless NO_COLOR is set', async () => {
    const { main } = await import('../src/cli/main.js');
    const dir = declaredProject();
    const coloured = capture(true);
    await main(['scan', dir, '--quiet'], { stdout: coloured.stream, stderr: capture(false).stream, env: {} });
    expect(coloured.text()).toContain('\u001b[1m');
    const plain = capture(true);
    await main(['scan', dir, '--quiet'], {
      stdout: plain.stream,
      stderr: capture(false).stream,
      env: { NO_COLOR: '1' },
    });
    expect(plain.text()).not.toContain('\u001b[');
    expect(plain.text()).toMatch(/^Name/);
  });

  it('a failing render leaves every previous output intact and writes no partial file', async () => {
    const { main } = await import('../src/cli/main.js');
    const out = temp();
    writeFileSync(join(out, 'a.json'), 'previous a');
    writeFileSync(join(out, 'b.txt'), 'previous b');
    const stderr = capture(false);
    const code = await main(
      [
        'scan',
        declaredProject(),
        '-f',
        'json',
        '-o',
        join(out, 'a.json'),
        '-f',
        'broken',
        '-o',
        join(out, 'b.txt'),
      ],
      { stdout: capture(false).stream, stderr: stderr.stream, env: {} },
    );
    expect(code).toBe(70);
    expect(stderr.text()).toContain('cannot write broken: refuses to render; detail one');
    expect(readFileSync(join(out, 'a.json'), 'utf8')).toBe('previous a');
    expect(readFileSync(join(out, 'b.txt'), 'utf8')).toBe('previous b');
    expect(readdirSync(out).sort()).toEqual(['a.json', 'b.txt']);
  });
});

describe('languages and quiet', () => {
  it('--lang zh-CN translates errors, warnings and the table, but not the JSON', () => {
    expect(runCli(['scan', '/no/such/dir', '--lang', 'zh-CN']).stderr).toBe(
      'steward: /no/such/dir：文件或目录不存在\n',
    );
    const dir = declaredProject();
    const zh = runCli(['scan', dir, '--format', 'json', '--lang', 'zh-CN']);
    expect(zh.stderr).toContain('warning[inventory/unresolved]: package.json：有 1 个依赖只有声明');
    const en = runCli(['scan', dir, '--format', 'json']);
    expect(en.stderr).toContain('warning[inventory/unresolved]: package.json: 1 dependencies are declared');
    const strip = (s: string) => ({ ...(JSON.parse(s) as ScanResult), startedAt: '', durationMs: 0 });
    expect(strip(zh.stdout)).toEqual(strip(en.stdout));
    expect(runCli(['scan', dir], { env: { STEWARD_LANG: 'zh-CN' } }).stdout).toMatch(/^名称\s+版本/);
  });

  it('--quiet prints nothing on stderr, not even warnings or "wrote"', () => {
    const dir = declaredProject();
    const out = join(temp(), 'r.json');
    const loud = runCli(['scan', dir, '-f', 'json', '-o', out]);
    expect(loud.stderr).toContain('wrote json to');
    expect(loud.stderr).toContain('inventory/unresolved');
    const quiet = runCli(['scan', dir, '-f', 'json', '-o', out, '--quiet']);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe('');
  });
});

describe('exit codes', () => {
  it('0: a complete scan', () => {
    expect(runCli(['scan', declaredProject()]).code).toBe(0);
  });

  it.skipIf(!npmRegistered)('0: the example workspace project, through its package-lock.json', () => {
    const run = runCli(['scan', 'examples/workspace-monorepo', '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.projects.map((p) => p.source)).toEqual(['package-lock.json']);
    expect(result.components.find((c) => c.name === 'prettier')?.scopes).toEqual(['dev']);
  });

  it('2: usage errors', () => {
    const unknown = runCli(['scan', '--no-such-flag']);
    expect([unknown.code, unknown.stderr]).toEqual([2, 'steward: unknown option --no-such-flag\n']);
    expect(runCli(['scan', '--format', 'pdf']).code).toBe(2);
    expect(runCli(['scan', join(temp(), 'missing')]).code).toBe(2);
  });

  it('3: nothing to scan', () => {
    const run = runCli(['scan', temp(), '--format', 'json']);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('inventory/nothing-found');
  });

  it('4: a file that cannot be read makes the scan incomplete', () => {
    const dir = temp();
    writeFileSync(join(dir, 'package.json'), Buffer.from('{"name": "caf\xe9"}', 'latin1'));
    expect(runCli(['scan', dir, '--format', 'json']).code).toBe(4);
  });

  it.skipIf(!npmRegistered)('4: a broken package-lock.json', () => {
    const dir = temp();
    writeFileSync(join(dir, 'package.json'), '{"name":"x"}');
    writeFileSync(join(dir, 'package-lock.json'), '{"lockfileVersion": 3, "packages": {');
    const run = runCli(['scan', dir, '--format', 'json']);
    expect(run.code).toBe(4);
    expect((JSON.parse(run.stdout) as ScanResult).status.complete).toBe(false);
  });
});

describe('version and help', () => {
  it('steward --version prints the package version', () => {
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V', 'version']) expect(runCli([flag]).stdout).toBe(`${pkg.version}\n`);
  });

  it('help lists every option, in both languages, with the exit codes', async () => {
    const { command } = await import('../src/cli/commands/scan.js');
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    for (const o of [...command.options, ...COMMON_OPTIONS]) {
      expect(help.stdout).toContain(`--${o.name}`);
      // --format's text lists the reporters, which in this process include the test's 'broken' one.
      if (o.name !== 'format') expect(help.stdout).toContain(o.help.en);
      if (o.short) expect(help.stdout).toContain(`-${o.short}, --${o.name}`);
    }
    const formats = REPORTERS.map((r) => r.id).filter((id) => id !== 'broken');
    expect(help.stdout).toContain(`Output format: ${formats.join(', ')}.`);
    for (const code of [0, 1, 2, 3, 4, 70]) expect(help.stdout).toMatch(new RegExp(`^  ${code}\\s`, 'm'));
    const zh = runCli(['help', 'scan', '--lang', 'zh-CN']);
    for (const o of COMMON_OPTIONS) expect(zh.stdout).toContain(o.help['zh-CN']);
  });
});
