import { describe, expect, it } from 'vitest';
import { parseDep5, parseReuseToml, reuseExpression } from './reuse.js';
import { findSpdxTags } from './spdx-tag.js';

describe('REUSE metadata', () => {
  it('applies REUSE.toml annotations, last match winning, * within a directory', () => {
    const rules = parseReuseToml(`version = 1

[[annotations]]
path = ["docs/**", "*.md"]
SPDX-FileCopyrightText = "2024 Example"
SPDX-License-Identifier = "CC-BY-4.0"

[[annotations]]
path = "docs/api/*.json"
SPDX-License-Identifier = "MulanPSL-2.0"
`);
    expect(reuseExpression(rules, 'docs/guide/intro.txt')?.expression).toBe('CC-BY-4.0');
    expect(reuseExpression(rules, 'README.md')?.expression).toBe('CC-BY-4.0');
    expect(reuseExpression(rules, 'src/README.md')).toBeUndefined();
    expect(reuseExpression(rules, 'docs/api/a.json')).toMatchObject({ expression: 'MulanPSL-2.0', line: 8 });
  });

  it('applies .reuse/dep5 stanzas', () => {
    const rules = parseDep5(`Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: x

Files: assets/*
 vendor/*
Copyright: 2020 A
License: CC0-1.0

Files: vendor/lib/*
Copyright: B
License: GPL-2.0+ or MIT
`);
    expect(reuseExpression(rules, 'assets/img/logo.svg')?.expression).toBe('CC0-1.0');
    expect(reuseExpression(rules, 'vendor/lib/a.c')?.expression).toBe('GPL-2.0-or-later OR MIT');
    expect(reuseExpression(rules, 'src/a.c')).toBeUndefined();
  });
});

describe('SPDX-License-Identifier tags', () => {
  it('reads tags in any comment style with their lines', () => {
    const text =
      '#!/bin/sh\n# SPDX-License-Identifier: GPL-2.0+\n<!-- SPDX-License-Identifier: MIT -->\n/* SPDX-License-Identifier: (Apache-2.0 OR MIT) */\n';
    expect(findSpdxTags(text).map((t) => [t.expression, t.line])).toEqual([
      ['GPL-2.0-or-later', 2],
      ['MIT', 3],
      ['Apache-2.0 OR MIT', 4],
    ]);
  });

  it('stays linear on a huge line full of tag prefixes', () => {
    const hits = findSpdxTags('SPDX-License-Identifier: '.repeat(200_000));
    expect(hits.length).toBeLessThanOrEqual(1000);
  });
});
