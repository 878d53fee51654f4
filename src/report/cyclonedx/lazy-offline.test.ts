// The CycloneDX library loads only when the format is used, and validation works with the network
// blocked. Runs the built reporters (dist/, built by the test setup) in a child Node process whose
// sockets, DNS and fetch throw, so a remote schema fetch would fail the render.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanFixture } from '../__fixtures__/scan-fixture.js';

const dist = (p: string) => fileURLToPath(new URL(`../../../dist/${p}`, import.meta.url));

const CHILD = `
import net from 'node:net';
import dns from 'node:dns';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
const blocked = (what) => () => { throw new Error('network used: ' + what); };
net.Socket.prototype.connect = blocked('socket');
dns.lookup = blocked('dns');
globalThis.fetch = blocked('fetch');
const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('cyclonedx-library'));
const { render } = await import(process.env.RENDER);
const result = JSON.parse(readFileSync(process.env.RESULT, 'utf8'));
const out = { afterImport: loaded() };
await render(result, 'json', { lang: 'en', color: false });
await render(result, 'spdx', { lang: 'en', color: false });
out.afterOtherFormats = loaded();
const bom = JSON.parse(await render(result, 'cyclonedx', { lang: 'en', color: false, specVersion: '1.7' }));
out.afterCycloneDx = loaded();
out.specVersion = bom.specVersion;
out.components = bom.components.length;
process.stdout.write(JSON.stringify(out));
`;

describe('cyclonedx loading', () => {
  it('loads the CycloneDX library only for cyclonedx, and validates offline', async () => {
    const result = await scanFixture('workspace-npm');
    const dir = mkdtempSync(join(tmpdir(), 'steward-cdx-'));
    writeFileSync(join(dir, 'result.json'), JSON.stringify(result));
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', CHILD], {
      env: { ...process.env, RENDER: dist('report/render.js'), RESULT: join(dir, 'result.json') },
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toEqual({
      afterImport: false,
      afterOtherFormats: false,
      afterCycloneDx: true,
      specVersion: '1.7',
      components: result.components.length + 2, // plus the two workspace members
    });
  });
});
