// Real license files that were misread: near-miss variants (BSD clauses, Apache's optional
// appendix), reworded BSD texts, dual licensing, bundles with repeated copies. Texts of packages
// in node_modules are read there; the others come from __fixtures__/real-licenses/generate.sh.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectInText } from './detect-file.js';
import { exceptionRuleIds } from './exceptions.js';
import { tokenize } from './normalise.js';

const require = createRequire(import.meta.url);
const installed = (file: string) => readFileSync(join(process.cwd(), 'node_modules', file), 'utf8');
const fixture = (file: string) =>
  readFileSync(join(import.meta.dirname, '__fixtures__/real-licenses', file), 'utf8');
const spdx = require('spdx-license-list/full') as Record<string, { licenseText: string }>;
const expression = (text: string) => detectInText('LICENSE', text).expression;

describe('near-miss variants in real license files', () => {
  it('reads a BSD text whose clause 3 is reworded as BSD-3-Clause, not BSD-1-Clause (fast-uri)', () => {
    expect(expression(installed('fast-uri/LICENSE'))).toBe('BSD-3-Clause');
    expect(expression(installed('source-map-js/LICENSE'))).toBe('BSD-3-Clause');
  });

  it('does not take a BSD-3-Clause text for a No-Nuclear variant without its nuclear clause', () => {
    expect(expression(fixture('@apollo+protobufjs@1.2.6.LICENSE'))).toBe('BSD-3-Clause');
  });

  it("keeps Apache-2.0 without its optional appendix apart from Pixar's modified text", () => {
    expect(expression(fixture('@aws+lambda-invoke-store@0.3.0.LICENSE'))).toBe('Apache-2.0');
    expect(expression(installed('typescript/LICENSE.txt'))).toBe('Apache-2.0');
  });

  it('finds reworded BSD-2-Clause texts ("THE AUTHOR AND CONTRIBUTORS", "COPYRIGHT HOLDER")', () => {
    expect(expression(fixture('normalize-package-data@2.5.0.LICENSE'))).toBe('BSD-2-Clause');
    expect(expression(fixture('terser@5.51.2.LICENSE'))).toBe('BSD-2-Clause');
  });

  it('tells BSD-2-Clause-Views by its views clause (uri-js)', () => {
    expect(expression(installed('uri-js/LICENSE'))).toBe('BSD-2-Clause-Views');
  });
});

describe('several licenses in one real file', () => {
  it('reads "dual-licensed ... EITHER of the following" as OR, with both texts found', () => {
    const r = detectInText('LICENSE', fixture('abbrev@1.1.1.LICENSE'));
    expect(r.expression).toBe('ISC OR MIT');
    expect(r.detections.filter((d) => d.kind === 'text').map((d) => d.expression)).toEqual(['ISC', 'MIT']);
    expect(expression(fixture('opener@1.5.2.LICENSE.txt'))).toBe('WTFPL OR MIT');
  });

  it('keeps AND for licenses side by side without a choice, and repeated copies as one license', () => {
    const r = detectInText('LICENSE', fixture('crypto-addr-codec@0.1.8.LICENSE'));
    expect(r.expression).toBe('MIT AND Apache-2.0 AND ISC');
    expect(
      r.detections.filter((d) => d.kind === 'text' && d.expression === 'MIT').length,
    ).toBeGreaterThanOrEqual(3);
  });
});

describe('bundled notices', () => {
  it('does not take the junction of an MIT text and a BSD text for a hybrid reference (Linux-OpenIB)', () => {
    const r = detectInText('LICENSE.md', fixture('marked@13.0.3.LICENSE.md'));
    expect(r.expression).toBe('MIT AND BSD-3-Clause');
  });
});

describe('exceptions appended to a license text', () => {
  const gpl2 = spdx['GPL-2.0-only']!.licenseText;
  const gpl3 = spdx['GPL-3.0-only']!.licenseText;

  it('gives GPL-2.0-only WITH Linux-syscall-note for the kernel COPYING preamble', () => {
    const note =
      'NOTE! This copyright does *not* cover user programs that use kernel\nservices by normal system calls - this is merely considered normal use\nof the kernel.';
    expect(expression(`${note}\n\n${gpl2}`)).toBe('GPL-2.0-only WITH Linux-syscall-note');
  });

  it('gives GPL-3.0-only WITH GPL-3.0-linking-exception for a section 7 permission', () => {
    const extra =
      'Additional permission under GNU GPL version 3 section 7\n\nIf you modify this Program, or any covered work, by linking or combining it\nwith OpenSSL, the licensors of this Program grant you additional permission.';
    expect(expression(`${gpl3}\n\n${extra}`)).toBe('GPL-3.0-only WITH GPL-3.0-linking-exception');
  });

  it('answers only with exception ids that SPDX lists', () => {
    const ids = new Set(require('spdx-exceptions') as string[]);
    expect(exceptionRuleIds().filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe('list numbering', () => {
  it('is ignored as the matching guidelines say, version numbers are not', () => {
    const numbered = tokenize('conditions are met:\n\n1. Redistributions of source\n(b) code').words;
    const bulleted = tokenize('conditions are met:\n\n* Redistributions of source\n- code').words;
    expect(numbered).toEqual(bulleted);
    expect(tokenize('under version 2. See the file').words).toContain('2');
    expect(tokenize('Version 2.0, January 2004').words).toContain('2');
  });
});
