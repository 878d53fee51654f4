import { describe, expect, it } from 'vitest';
import { detectInText } from './detect-file.js';

const notice = (path: string, text: string) =>
  detectInText(path, text).detections.filter((d) => d.kind === 'notice' || d.kind === 'reference');

describe('notice and reference phrases', () => {
  it('finds phrases whose family word is in the middle, whatever the case and comment style', () => {
    expect(
      notice('a.go', '// Use of this source code is governed by a BSD-style\n// license.'),
    ).toMatchObject([{ expression: 'BSD-3-Clause', kind: 'notice', startLine: 1, endLine: 2 }]);
    expect(notice('a.py', '# LICENSED UNDER THE BLUE OAK MODEL LICENSE 1.0.0')).toMatchObject([
      { expression: 'BlueOak-1.0.0', kind: 'notice' },
    ]);
    expect(
      notice('README.md', 'See https://creativecommons.org/licenses/by-sa/4.0/ for the terms.'),
    ).toMatchObject([{ expression: 'CC-BY-SA-4.0', kind: 'reference' }]);
  });

  it('reads GNU and dual Apache/MIT notices in the same file as other phrases', () => {
    const text = [
      '/* Licensed under either of Apache License, Version 2.0 or MIT license at your option. */',
      '',
      '/* This file is free software: you can redistribute it under the terms of the GNU',
      ' * Lesser General Public License, version 3. */',
    ].join('\n');
    const found = notice('lib.rs', text).map((d) => d.expression);
    expect(found).toContain('Apache-2.0 OR MIT');
    expect(found).toContain('LGPL-3.0-only');
  });

  it('reports nothing when the family word only appears inside other words', () => {
    expect(notice('a.js', '// Licensed under the permitted Apachean terms; submitted by Bob.')).toEqual([]);
  });
});
