// The opt-in registry lookup against a server on 127.0.0.1 serving the registry's own abbreviated
// documents for esbuild and rollup (trimmed by __fixtures__/generate.mjs).
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstVersionWithTarget } from './registry-lookup.js';

let server: Server;
let registry: string;
const seen: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(`${req.url} ${req.headers.accept}`);
    const name = decodeURIComponent(req.url!.slice(1));
    try {
      const body = readFileSync(new URL(`./__fixtures__/registry-${name}.json`, import.meta.url));
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    } catch {
      res.writeHead(404).end('{}');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  registry = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

describe('first version with a build for the target, from registry metadata', () => {
  // Cross-checked with `npm view esbuild@0.14.20 optionalDependencies` (no riscv64) and 0.14.21.
  it('esbuild: riscv64 from 0.14.21, loong64 from 0.14.52', async () => {
    expect(await firstVersionWithTarget('esbuild', 'riscv64', registry)).toEqual({
      version: '0.14.21',
      via: 'esbuild-linux-riscv64',
    });
    expect(await firstVersionWithTarget('esbuild', 'loong64', registry)).toEqual({
      version: '0.14.52',
      via: 'esbuild-linux-loong64',
    });
    expect(seen[0]).toContain('application/vnd.npm.install-v1+json');
  });

  it('rollup: loong64 from 4.28.1 under its first name', async () => {
    expect(await firstVersionWithTarget('rollup', 'loong64', registry)).toEqual({
      version: '4.28.1',
      via: '@rollup/rollup-linux-loongarch64-gnu',
    });
  });

  it('an unknown package is an error the caller reports', async () => {
    await expect(firstVersionWithTarget('no-such-package', 'loong64', registry)).rejects.toThrow(/HTTP 404/);
  });
});
