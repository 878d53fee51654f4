import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { detectInText } from './detect-file.js';

const require = createRequire(import.meta.url);
const full = require('spdx-license-list/full') as Record<string, { licenseText: string }>;
const text = (id: string) => full[id]!.licenseText;

describe('detectInText', () => {
  it('finds several licenses in one file with their line ranges', () => {
    const mit = `Copyright (c) 2020 A\n\n${text('MIT')}`;
    const file = `${mit}\n\n---\n\n${text('Apache-2.0')}`;
    const r = detectInText('LICENSE', file);
    expect(r.expression).toBe('MIT AND Apache-2.0');
    const [a, b] = r.detections;
    expect(a).toMatchObject({ expression: 'MIT', kind: 'text' });
    expect(b!.startLine).toBeGreaterThan(a!.endLine);
    expect(r.copyrights).toEqual(['Copyright (c) 2020 A']);
  });

  it('reads GPL notices with their version and "or later"', () => {
    const notice = `/* This program is free software; you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation; either version 2 of the License, or
 * (at your option) any later version. */`;
    expect(detectInText('a.c', notice).expression).toBe('GPL-2.0-or-later');
    const lgpl = notice
      .replace('General Public', 'Lesser General Public')
      .replace('version 2 of', 'version 2.1 of')
      .replace(/, or\n.*any later version/, '');
    expect(detectInText('a.c', lgpl).expression).toBe('LGPL-2.1-only');
  });

  it('attaches a WITH exception found beside its base license', () => {
    const file = `${text('GPL-2.0-only')}\n\nLinking this library statically or dynamically with other modules is making a combined work based on this library.`;
    expect(detectInText('COPYING', file).expression).toBe('GPL-2.0-only WITH Classpath-exception-2.0');
  });

  it('reports dual licensing notices as OR', () => {
    const readme =
      '## License\n\nLicensed under either of\n\n * Apache License, Version 2.0\n * MIT license\n\nat your option.';
    expect(detectInText('README.md', readme).expression).toBe('Apache-2.0 OR MIT');
  });

  it('keeps license-like text that matches nothing as an unknown region', () => {
    const custom = `Acme Source License\n\n${'Permission is granted to the licensee to use this software only on Tuesdays, subject to the license terms and this warranty disclaimer. '.repeat(6)}`;
    const r = detectInText('LICENSE', custom);
    expect(r.expression).toBeNull();
    expect(r.unknown).toEqual([{ startLine: 1, endLine: 3 }]);
  });

  it('does not confuse MIT with MIT-0 or BSD-2-Clause with BSD-3-Clause', () => {
    expect(detectInText('LICENSE', text('MIT-0')).expression).toBe('MIT-0');
    expect(detectInText('LICENSE', text('BSD-2-Clause')).expression).toBe('BSD-2-Clause');
    expect(detectInText('LICENSE', text('BSD-3-Clause')).expression).toBe('BSD-3-Clause');
  });

  it('reads license fields of metadata files', () => {
    const pkg = '{\n  "name": "x",\n  "license": "(MIT OR Apache-2.0)"\n}';
    expect(detectInText('package.json', pkg).detections[0]).toMatchObject({
      kind: 'reference',
      expression: 'MIT OR Apache-2.0',
      startLine: 3,
    });
    expect(detectInText('Cargo.toml', '[package]\nlicense = "MIT/Apache-2.0"\n').expression).toBe(
      'MIT OR Apache-2.0',
    );
  });

  it('ignores source files that mention nothing license-like', () => {
    expect(detectInText('a.js', 'const x = 1;\n'.repeat(1000))).toMatchObject({
      expression: null,
      detections: [],
    });
  });

  it('reads the common one-line notices of large projects', () => {
    expect(
      detectInText(
        'a.ts',
        '/**\n * Use of this source code is governed by an MIT-style license that can be\n * found in the LICENSE file at https://angular.dev/license\n */',
      ).expression,
    ).toBe('MIT');
    expect(
      detectInText(
        'a.go',
        '// Use of this source code is governed by a BSD-style\n// license that can be found in the LICENSE file.\n',
      ).expression,
    ).toBe('BSD-3-Clause');
    expect(
      detectInText(
        'a.js',
        '/** @license React v18\n * This source code is licensed under the MIT license found in the\n * LICENSE file in the root directory of this source tree. */',
      ).expression,
    ).toBe('MIT');
  });
});
