import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { coreMetadataLicense } from './core-metadata.js';

const site = 'python-venv/.venv/lib/python3.11/site-packages';
const metadata = (dist: string) =>
  readFileSync(fileURLToPath(new URL(`./__fixtures__/${site}/${dist}/METADATA`, import.meta.url)), 'utf8');

describe('license of a Python distribution from its METADATA', () => {
  it('reads License-Expression, else License, from real wheels', () => {
    expect(coreMetadataLicense(metadata('attrs-26.1.0.dist-info'))).toMatchObject({ expression: 'MIT' });
    expect(coreMetadataLicense(metadata('six-1.17.0.dist-info'))).toMatchObject({ expression: 'MIT' });
    // blinker states its license only through a classifier and its LICENSE file.
    expect(coreMetadataLicense(metadata('blinker-1.9.0.dist-info'))).toBeNull();
  });

  it('prefers License-Expression, reads only the header block, and survives junk', () => {
    const text =
      'Metadata-Version: 2.4\nName: x\nLicense: BSD\nLicense-Expression: Apache-2.0\n\nLicense: GPL-3.0\n';
    expect(coreMetadataLicense(text)).toEqual({ expression: 'Apache-2.0', line: 4 });
    expect(coreMetadataLicense('Name: x\n\nLicense-Expression: MIT\n')).toBeNull();
    expect(coreMetadataLicense('License: UNKNOWN\n')).toBeNull();
    expect(coreMetadataLicense('\u0000\u0001 binary: \uFFFD'.repeat(10_000))).toBeNull();
  });
});
