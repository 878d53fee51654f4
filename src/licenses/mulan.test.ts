// The Mulan family: bilingual, English-only and Chinese-only texts, standard notices, SPDX tags and
// near misses. PSL texts come from the SPDX data; PubL and Open Works files are real copies from
// public projects (see __fixtures__/mulan/generate.sh).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.js';
import { detectInText } from './detect-file.js';

const require = createRequire(import.meta.url);
const full = require('spdx-license-list/full') as Record<string, { licenseText: string }>;
const fixture = (name: string) =>
  decodeText(readFileSync(new URL(`./__fixtures__/mulan/${name}`, import.meta.url))).text;

const PSL_EN_TITLE = {
  1: 'Mulan Permissive Software License，Version 1',
  2: 'Mulan Permissive Software License，Version 2',
};

function pslParts(version: 1 | 2) {
  const text = full[`MulanPSL-${version}.0`]!.licenseText;
  const at = text.indexOf(PSL_EN_TITLE[version]);
  return { both: text, zh: text.slice(0, at), en: text.slice(at) };
}

/** The standard notice, as the license's own "how to apply" section gives it. */
function pslNotice(version: 1 | 2): string {
  const en = pslParts(version).en;
  const start = en.indexOf('[Software Name] is licensed under');
  const endMarker = `See the Mulan PSL v${version} for more details.`;
  return en
    .slice(start, en.indexOf(endMarker, start) + endMarker.length)
    .replace('[Software Name]', 'Steward');
}

describe('Mulan PSL texts', () => {
  for (const version of [1, 2] as const) {
    const id = `MulanPSL-${version}.0`;
    for (const variant of ['both', 'zh', 'en'] as const) {
      it(`identifies ${id} (${variant})`, () => {
        const r = detectInText('LICENSE', pslParts(version)[variant]);
        expect(r.expression).toBe(id);
        const text = r.detections.find((d) => d.kind === 'text')!;
        expect(text.variant).toBe(variant === 'both' ? 'bilingual' : variant);
      });
    }
    it(`identifies the ${id} notice in a source header and does not confuse the versions`, () => {
      const header = `/*\n * Copyright (c) 2024 Example\n * ${pslNotice(version).split('\n').join('\n * ')}\n */\nint x;\n`;
      const r = detectInText('src/x.c', header);
      expect(r.expression).toBe(id);
      expect(r.detections[0]!.kind).toBe('notice');
      expect(r.detections[0]!.startLine).toBe(3);
    });
  }

  it('reads the version from the URL: MulanPSL is v1, MulanPSL2 is v2', () => {
    expect(detectInText('a.c', '// Licensed: see http://license.coscl.org.cn/MulanPSL\n').expression).toBe(
      'MulanPSL-1.0',
    );
    expect(detectInText('a.c', '// Licensed: see http://license.coscl.org.cn/MulanPSL2\n').expression).toBe(
      'MulanPSL-2.0',
    );
  });

  it('reports a paraphrase titled as PSL v2 as unknown text, not as the license', () => {
    const r = detectInText('LICENSE-MULAN.md', fixture('paraphrased-psl2.md'));
    expect(r.expression).toBeNull();
    expect(r.unknown.length).toBeGreaterThan(0);
    expect(r.detections.every((d) => d.kind === 'reference')).toBe(true);
  });
});

describe('Mulan PubL and Open Works', () => {
  it('identifies the bilingual PubL v2 text, its halves and a GB18030 copy', () => {
    for (const [file, variant] of [
      ['oceanbase-LICENSE-publ2', 'bilingual'],
      ['publ2-zh.txt', 'zh'],
      ['publ2-en.txt', 'en'],
      ['publ2-gb18030.txt', 'bilingual'],
    ] as const) {
      const r = detectInText('LICENSE', fixture(file));
      expect(r.expression, file).toBe('LicenseRef-MulanPubL-2.0');
      expect(r.detections[0]!.kind).toBe('text');
      expect(r.detections[0]!.variant).toBe(variant);
    }
  });

  it('decodes the GB18030 copy', () => {
    const { text, encoding } = decodeText(
      readFileSync(new URL('./__fixtures__/mulan/publ2-gb18030.txt', import.meta.url)),
    );
    expect(encoding).toBe('gb18030');
    expect(text).toContain('木兰公共许可证');
  });

  it('tells a PubL v1 notice from PSL and from PubL v2', () => {
    const r = detectInText('ob.h', fixture('oceanbase-header-publ1.h'));
    expect(r.expression).toBe('LicenseRef-MulanPubL-1.0');
    expect(r.detections[0]).toMatchObject({ kind: 'notice', startLine: 3, endLine: 10 });
  });

  it('identifies the Open Works variants', () => {
    expect(detectInText('a.c', fixture('owl-by-header.c')).expression).toBe('LicenseRef-MulanOWL-BY-1.0');
    expect(detectInText('a.md', fixture('owl-notices.md')).expression).toBe('LicenseRef-MulanOWL-BY-PL-1.0');
    expect(detectInText('a.md', fixture('owl-by-sa-readme.md')).expression).toBe(
      'LicenseRef-MulanOWL-BY-SA-1.0',
    );
    expect(
      detectInText('a.md', '本作品采用木兰开放作品许可协议 署名-专利许可-相同方式共享，第1版 授权')
        .expression,
    ).toBe('LicenseRef-MulanOWL-BY-PL-SA-1.0');
  });

  it('reads SPDX tags with Mulan ids', () => {
    const r = detectInText('a.ts', '// SPDX-License-Identifier: MulanPSL-2.0 OR LicenseRef-MulanPubL-2.0\n');
    expect(r.detections[0]).toMatchObject({
      kind: 'tag',
      expression: 'MulanPSL-2.0 OR LicenseRef-MulanPubL-2.0',
      startLine: 1,
    });
  });
});
