// Hostile installed trees: a binary named LICENSE, a license file that cannot be read (a symbolic
// link loop), an oversized license file and a malformed installed package.json leave the rest of
// the scan, and of the license detection, going.
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scan } from '../../pipeline/scan.js';
import { licensesAnalyzer } from './index.js';

const fixture = fileURLToPath(new URL('./__fixtures__/npm-project', import.meta.url));

describe('license detection on bad input', () => {
  it('skips what it cannot read, says which file, and goes on', async () => {
    const root = mkdtempSync(join(tmpdir(), 'steward-scan-licenses-bad-'));
    cpSync(fixture, root, { recursive: true });
    const nm = (p: string) => join(root, 'node_modules', p);
    writeFileSync(nm('undeclared/LICENSE'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]));
    rmSync(nm('says-mit/LICENSE'));
    symlinkSync('LICENSE', nm('says-mit/LICENSE'));
    const mit = readFileSync(nm('either/LICENSE-MIT'), 'utf8');
    writeFileSync(nm('either/LICENSE-MIT'), `${mit}\n${'x'.repeat(3 * 1024 * 1024)}`);
    writeFileSync(nm('ms/package.json'), '{ "name": "ms", "version": ');

    const result = await scan(root, { analyzers: [licensesAnalyzer] });
    const codes = result.diagnostics.map((d) => [d.code, d.params.file ?? d.params.component]);
    expect(codes).toContainEqual(['file/unreadable', 'node_modules/says-mit/LICENSE']);
    // The inventory is whole: the scan stays complete and the unreadable file is only a warning.
    expect(result.status.complete).toBe(true);
    expect(result.diagnostics.find((d) => d.code === 'file/unreadable')?.severity).toBe('warning');
    // The project's own mismatch is still found; the broken packages add no license finding.
    expect(codes.filter(([c]) => c === 'license/detected-mismatch')).toEqual([
      ['license/detected-mismatch', 'LICENSE'],
    ]);
    const undeclared = result.components.find((c) => c.name === 'undeclared');
    expect(undeclared?.detectedLicense).toBeUndefined();
    expect(result.components).toHaveLength(6);
  });
});
