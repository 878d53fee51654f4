// `scan(dir, { rootfs: true })` (the engine of `steward scan --rootfs DIR`): only the package
// databases at their fixed places are read, whatever else the image holds, and an os-release link
// that leads out of the root filesystem is not followed onto the host.
import { cp, mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scan } from '../../pipeline/scan.js';

const fixtures = fileURLToPath(new URL('./__fixtures__', import.meta.url));

describe('scan --rootfs', () => {
  it('reads the OS databases and nothing else', async () => {
    const root = await mkdtemp(join(tmpdir(), 'rootfs-'));
    await cp(join(fixtures, 'alpine-rootfs'), root, { recursive: true });
    // A project inside the image is not what --rootfs inventories.
    await mkdir(join(root, 'srv/app'), { recursive: true });
    await writeFile(join(root, 'srv/app/package-lock.json'), '{"lockfileVersion":3,"packages":{"":{}}}');
    const r = await scan(root, { rootfs: true, analyzers: [] });
    expect(r.projects.map((p) => p.source)).toEqual(['lib/apk/db/installed']);
    expect(r.components).toHaveLength(26);
    const all = await scan(root, { analyzers: [] });
    expect(all.projects.map((p) => p.source).sort()).toEqual([
      'lib/apk/db/installed',
      'srv/app/package-lock.json',
    ]);
  });

  it('does not follow an os-release link out of the root filesystem', async () => {
    const root = await mkdtemp(join(tmpdir(), 'rootfs-'));
    await cp(join(fixtures, 'alpine-rootfs/lib'), join(root, 'lib'), { recursive: true });
    await mkdir(join(root, 'etc'));
    await symlink('/etc/os-release', join(root, 'etc/os-release'));
    const r = await scan(root, { rootfs: true, analyzers: [] });
    expect(r.components[0]!.purl).toMatch(/^pkg:apk\/alpine\/[^?]+\?arch=armv7$/);
  });

  it('reads a database reached through two paths once (var/lib/rpm -> usr/lib/sysimage/rpm)', async () => {
    const root = await mkdtemp(join(tmpdir(), 'rootfs-'));
    await cp(join(fixtures, 'openeuler-rootfs/var/lib/rpm'), join(root, 'usr/lib/sysimage/rpm'), {
      recursive: true,
    });
    await mkdir(join(root, 'var/lib'), { recursive: true });
    await symlink('../../usr/lib/sysimage/rpm', join(root, 'var/lib/rpm'));
    const r = await scan(root, { rootfs: true, analyzers: [] });
    expect(r.projects.map((p) => p.source)).toEqual(['var/lib/rpm/rpmdb.sqlite']);
    expect(r.components).toHaveLength(3);
  });

  it('refuses a file given as root filesystem', async () => {
    await expect(scan(join(fixtures, 'alpine-rootfs/etc/os-release'), { rootfs: true })).rejects.toThrow(
      /not-a-directory-or-file/,
    );
  });
});
