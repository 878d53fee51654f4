// Bad input over a whole tree: binary files, minified code, multi-megabyte single lines, invalid
// encodings and oversized license files are scanned or skipped without a crash, and say so.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_LICENSE_BYTES } from './file-kinds.js';
import { scanTree } from './scan-tree.js';

const require = createRequire(import.meta.url);
const full = require('spdx-license-list/full') as Record<string, { licenseText: string }>;

describe('scanTree on hostile trees', () => {
  it('skips binaries, survives minified and huge files, decodes Latin-1 and truncates huge license files', async () => {
    const root = mkdtempSync(join(tmpdir(), 'steward-licenses-bad-'));
    const put = (rel: string, data: string | Buffer) => {
      mkdirSync(join(root, rel, '..'), { recursive: true });
      writeFileSync(join(root, rel), data);
    };
    put('COPYING.LIB', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3]));
    put(
      'dist/app.min.js',
      `/*! app | MIT License */${'var a=function(b){return b&&b.c||license(d)};'.repeat(40_000)}`,
    );
    put('data/one-line.txt', `${'license '.repeat(600_000)}`);
    put(
      'COPYING',
      Buffer.concat([
        Buffer.from('Copyright (c) 2020 J\xfcrgen M\xfcller\n\n', 'latin1'),
        Buffer.from(full['MIT']!.licenseText),
      ]),
    );
    put('NOTICE', `${full['ISC']!.licenseText}\n${'x'.repeat(MAX_LICENSE_BYTES + 10)}`);
    put('src/empty.c', '');
    const result = await scanTree(root);
    const file = (p: string) => result.files.find((f) => f.path === p);
    expect(result.skipped).toEqual([{ path: 'COPYING.LIB', reason: 'binary' }]);
    expect(file('dist/app.min.js')?.expression).toBe('MIT');
    expect(file('COPYING')).toMatchObject({
      expression: 'MIT',
      encoding: 'windows-1252',
      copyrights: ['Copyright (c) 2020 Jürgen Müller'],
    });
    expect(file('NOTICE')).toMatchObject({ expression: 'ISC', truncated: true });
    expect(file('src/empty.c')).toBeUndefined();
    expect(result.stats.seen).toBe(6);
  });
});
