// Golden tests against the real tools: the dpkg plugin lists exactly what `dpkg-query -W` lists
// for the same status file, the rpmdb plugin exactly what `rpm -qa` lists (and the same Requires
// between installed packages), the apk plugin every record of a real Alpine 3.14 database; and
// each carries its distribution as the purl `distro` qualifier and the OSV ecosystem.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scan } from '../../pipeline/scan.js';
import { apkInstalledPlugin, dpkgStatusPlugin, rpmdbPlugin } from './index.js';

const dir = fileURLToPath(new URL('./__fixtures__', import.meta.url));
const plugins = [dpkgStatusPlugin, rpmdbPlugin, apkInstalledPlugin];
const lines = (f: string) => readFileSync(`${dir}/${f}`, 'utf8').trim().split('\n');

describe('installed OS packages', () => {
  it('dpkg: the same packages, versions and architectures as dpkg-query -W', async () => {
    const r = await scan(`${dir}/debian-rootfs`, { plugins, analyzers: [] });
    expect(r.status.failures).toEqual([]);
    const ours = r.components
      .map((c) => `${c.name} ${c.version} ${c.purl.match(/arch=([^&]+)/)?.[1]}`)
      .sort();
    expect(ours).toEqual(lines('debian-rootfs.dpkg-query.txt'));
    const bash = r.components.find((c) => c.name === 'bash')!;
    expect(bash.purl).toMatch(/^pkg:deb\/debian\/bash@[^?]+\?arch=amd64&distro=debian-12$/);
    expect(bash.properties?.osvEcosystem).toBe('Debian:12');
    expect(r.components.every((c) => c.direct && c.scopes.includes('prod'))).toBe(true);
    expect(bash.locations[0]?.file).toBe('var/lib/dpkg/status');
    expect(bash.locations[0]?.line).toBeGreaterThan(0);
    // Depends are edges between installed packages: bash needs base-files.
    const baseFiles = r.components.find((c) => c.name === 'base-files')!;
    expect(r.relationships).toContainEqual({ from: bash.purl, to: baseFiles.purl, kind: 'prod' });
    expect(r.projects[0]?.importers[0]).toMatchObject({ path: '../../..', name: 'debian-12' });
    // OSV keys Debian advisories by source package: a binary built from another source says so.
    const login = r.components.find((c) => c.name === 'login')!;
    expect(login.purl).toMatch(/&upstream=shadow$/);
    // Licenses: every License name of each machine-readable copyright file, as grep finds them.
    for (const line of lines('debian-rootfs.licenses.txt')) {
      const [name, names] = [line.slice(0, line.indexOf(' ')), line.slice(line.indexOf(' ') + 1)];
      const c = r.components.find((x) => x.name === name)!;
      const ours = (c.declaredLicense ?? '').split(' AND ').map((n) => n.replace(/^\((.*)\)$/, '$1'));
      expect(new Set(ours), name).toEqual(new Set(names.split('|')));
    }
  });

  it('rpmdb.sqlite: the same packages as rpm -qa, with epoch, arch, licenses and Requires', async () => {
    const r = await scan(`${dir}/openeuler-rootfs`, { plugins, analyzers: [] });
    expect(r.status.failures).toEqual([]);
    const ours = r.components
      .map((c) => {
        const epoch = c.purl.match(/epoch=(\d+)/)?.[1] ?? '(none)';
        return `${c.name} ${epoch} ${c.version} ${c.purl.match(/arch=([^&]+)/)?.[1]} ${c.declaredLicense}`;
      })
      .sort();
    expect(ours).toEqual(lines('openeuler-rootfs.rpm-qa.txt'));
    const app = r.components.find((c) => c.name === 'steward-app')!;
    expect(app.purl).toBe(
      'pkg:rpm/openeuler/steward-app@3.1.4-7.oe2203sp3?arch=x86_64&distro=openEuler-22.03-LTS-SP3&epoch=2',
    );
    expect(app.properties?.osvEcosystem).toBe('openEuler:22.03-LTS-SP3');
    // Every Requires rpm lists resolves to an installed package (by name or by Provides).
    const byName = new Map(r.components.map((c) => [c.name, c.purl]));
    const provider: Record<string, string> = { 'steward-capability': 'steward-base' };
    for (const line of lines('openeuler-rootfs.rpm-requires.txt')) {
      const [from, req] = line.split(' ') as [string, string];
      const to = byName.get(provider[req] ?? req)!;
      expect(r.relationships, line).toContainEqual({ from: byName.get(from), to, kind: 'prod' });
    }
  });

  it('Berkeley DB Packages: the same packages as rpm -qa with its read-only BDB backend', async () => {
    const r = await scan(`${dir}/openeuler2003-rootfs`, { plugins, analyzers: [] });
    expect(r.status.failures).toEqual([]);
    const ours = r.components
      .map((c) => {
        const epoch = c.purl.match(/epoch=(\d+)/)?.[1] ?? '(none)';
        return `${c.name} ${epoch} ${c.version} ${c.purl.match(/arch=([^&]+)/)?.[1]} ${c.declaredLicense}`;
      })
      .sort();
    expect(ours).toEqual(lines('openeuler2003-rootfs.rpm-qa.txt'));
    expect(r.components.find((c) => c.name === 'steward-lib')!.purl).toBe(
      'pkg:rpm/openeuler/steward-lib@0.9-2?arch=x86_64&distro=openEuler-20.03-LTS-SP3',
    );
    const purl = (n: string) => r.components.find((c) => c.name === n)!.purl;
    expect(r.relationships).toContainEqual({
      from: purl('steward-lib'),
      to: purl('steward-app'),
      kind: 'prod',
    });
  });

  it('apk: every record of a real Alpine 3.14 database, with origin, license and checksum', async () => {
    const r = await scan(`${dir}/alpine-rootfs`, { plugins, analyzers: [] });
    expect(r.status.failures).toEqual([]);
    const text = readFileSync(`${dir}/alpine-rootfs/lib/apk/db/installed`, 'utf8');
    const names = [...text.matchAll(/^P:(.+)$/gm)].map((m) => m[1]);
    expect(r.components.map((c) => c.name).sort()).toEqual(names.sort());
    const musl = r.components.find((c) => c.name === 'musl')!;
    expect(musl.purl).toBe('pkg:apk/alpine/musl@1.2.2-r3?arch=armv7&distro=alpine-3.14');
    expect(musl.properties).toMatchObject({ osvEcosystem: 'Alpine:v3.14', sourcePackage: 'musl' });
    expect(r.components.find((c) => c.name === 'libcrypto1.1')!.purl).toBe(
      'pkg:apk/alpine/libcrypto1.1@1.1.1k-r0?arch=armv7&distro=alpine-3.14&upstream=openssl',
    );
    expect(musl.hashes).toEqual([
      { alg: 'SHA-1', value: Buffer.from('CpjMpFo3UY/Tn4CshBpA+PXMf04=', 'base64').toString('hex') },
    ]);
    // apk-tools depends on so:libssl.so.1.1, which libssl1.1 provides; musl>=1.2 on musl.
    const purl = (n: string) => r.components.find((c) => c.name === n)!.purl;
    expect(r.relationships).toContainEqual({ from: purl('apk-tools'), to: purl('libssl1.1'), kind: 'prod' });
    expect(r.relationships).toContainEqual({ from: purl('apk-tools'), to: purl('musl'), kind: 'prod' });
    expect(r.components.find((c) => c.name === 'libretls')?.declaredLicense).toBe(
      'ISC AND (BSD-3-Clause OR MIT)',
    );
  });
});
