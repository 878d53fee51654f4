// `steward scan --rootfs DIR` through the built CLI: the OS packages of the image on stdout, a
// usage error (exit 2) when PATH is given as well, and exit 4 when a database is damaged.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../../../test/support/run-cli.js';

const fixtures = fileURLToPath(new URL('./__fixtures__', import.meta.url));
const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()));

describe('steward scan --rootfs', () => {
  it('lists the installed packages of the image with their distribution', () => {
    const r = runCli(['scan', '--rootfs', join(fixtures, 'alpine-rootfs'), '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as { components: { purl: string }[] };
    expect(result.components).toHaveLength(26);
    expect(result.components.every((c) => c.purl.includes('distro=alpine-3.14'))).toBe(true);
  });

  it('refuses --rootfs together with a PATH (exit 2)', () => {
    const r = runCli(['scan', '--rootfs', join(fixtures, 'alpine-rootfs'), '.']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--rootfs');
  });

  it('exits 4 and names the file when a database is damaged', () => {
    const { dir, cleanup } = tempDir('rootfs');
    cleanups.push(cleanup);
    mkdirSync(join(dir, 'var/lib/rpm'), { recursive: true });
    const db = readFileSync(join(fixtures, 'openeuler-rootfs/var/lib/rpm/rpmdb.sqlite'));
    writeFileSync(join(dir, 'var/lib/rpm/rpmdb.sqlite'), db.subarray(0, 4096));
    const r = runCli(['scan', '--rootfs', dir, '--format', 'json']);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('var/lib/rpm/rpmdb.sqlite');
  });
});
