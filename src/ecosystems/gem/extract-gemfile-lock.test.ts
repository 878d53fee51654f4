// Gemfile.lock written by the real bundler (path gems, a local git gem, a development/test
// group): the inventory must equal `bundle list`, and prod exactly `bundle list` without the
// development and test groups; plus the layout parser and hand-written bad input.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { scan } from '../../pipeline/scan.js';
import { devOnlyGems } from './gemfile-groups.js';
import { gemfileLockPlugin } from './index.js';
import { splitVersion } from './lockfile-sections.js';

const dir = fileURLToPath(new URL('./__fixtures__/bundler-app', import.meta.url));
const listed = (f: string) =>
  readFileSync(`${dir}/${f}`, 'utf8')
    .split('\n')
    .flatMap((l) => {
      const m = /^\s+\* (\S+) \(([^\s)]+)/.exec(l);
      return m ? [`${m[1]}@${m[2]}`] : [];
    })
    .sort();

describe('Gemfile.lock from bundler', () => {
  it('equals bundle list, and prod equals bundle list without development and test', async () => {
    const r = await scan(dir, { plugins: [gemfileLockPlugin], analyzers: [] });
    expect(r.status.failures).toEqual([]);
    const key = (c: { name: string; version: string | null }) => `${c.name}@${c.version}`;
    expect(r.components.map(key).sort()).toEqual(listed('bundle-list.txt'));
    expect(
      r.components
        .filter((c) => c.scopes.includes('prod'))
        .map(key)
        .sort(),
    ).toEqual(listed('bundle-list-prod.txt'));
  });

  it('records git and path sources, purls and lines', async () => {
    const r = await scan(dir, { plugins: [gemfileLockPlugin], analyzers: [] });
    const lock = readFileSync(`${dir}/Gemfile.lock`, 'utf8');
    const commit = /revision: (\w+)/.exec(lock)![1]!;
    const git = r.components.find((c) => c.name === 'git_kit')!;
    expect(git.source).toMatchObject({ type: 'git', commit });
    expect(git.purl).toContain(`pkg:gem/git_kit@0.9.0?vcs_url=`);
    const log = r.components.find((c) => c.name === 'log_kit')!;
    expect([log.source, log.direct, log.scopes]).toEqual([
      { type: 'file', url: 'gems/log_kit' },
      true,
      ['prod'],
    ]);
    expect(lock.split('\n')[log.locations[0]!.line! - 1]).toBe('    log_kit (1.2.0)');
  });
});

describe('Gemfile.lock layout', () => {
  it('splits platform suffixes off versions', () => {
    expect(splitVersion('1.15.4-x86_64-linux')).toEqual({ version: '1.15.4', platform: 'x86_64-linux' });
    expect(splitVersion('1.15.4-java')).toEqual({ version: '1.15.4', platform: 'java' });
    expect(splitVersion('7.1.0.beta1')).toEqual({ version: '7.1.0.beta1' });
  });

  it('finds gems declared only in development-like groups', () => {
    const gemfile = `gem "rails"\ngroup :development, :test do\n  gem "rspec"\n  platforms :mri do\n    gem "byebug"\n  end\nend\ngem "rubocop", group: :lint\ngem "pg", groups: [:production]\n`;
    expect([...devOnlyGems(gemfile)].sort()).toEqual(['byebug', 'rspec', 'rubocop']);
  });
});

describe('bad Gemfile.lock', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  async function scanLock(text: string) {
    const d = mkdtempSync(join(tmpdir(), 'steward-gem-'));
    dirs.push(d);
    writeFileSync(join(d, 'Gemfile.lock'), text);
    const r = await scan(d, { plugins: [gemfileLockPlugin], analyzers: [] });
    return { failures: r.status.failures, names: r.components.map((c) => c.name) };
  }

  it('reports unreadable lines and dependencies without specs at their lines, keeping the rest', async () => {
    const r = await scanLock(
      'GEM\n  remote: https://rubygems.org/\n  specs:\n    rake (13.0.6)\n    ??? broken\n\nDEPENDENCIES\n  rake\n  gone\n',
    );
    expect(r.failures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'Gemfile.lock', line: 5, reason: 'parse-error' }),
        expect.objectContaining({ file: 'Gemfile.lock', line: 9, reason: 'inconsistent' }),
      ]),
    );
    expect(r.names).toEqual(['rake']);
  });
});
