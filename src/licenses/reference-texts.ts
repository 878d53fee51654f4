// The reference texts the matcher compares against: every current SPDX license text, plus the
// Chinese-only and English-only halves of the bilingual Mulan PSL texts, so that single-language
// copies are recognised as such. Identical texts (GPL-2.0-only / GPL-2.0-or-later) collapse to one
// preferred id: a bare license text does not say "or later"; a notice does.
import { spdxTexts } from './knowledge/spdx.js';

export type Variant = 'bilingual' | 'en' | 'zh';

export interface ReferenceText {
  id: string;
  variant?: Variant;
  text: string;
}

/** Where the English half of a bilingual Mulan PSL text starts. */
const MULAN_EN_START: Record<string, string> = {
  'MulanPSL-1.0': 'Mulan Permissive Software License，Version 1',
  'MulanPSL-2.0': 'Mulan Permissive Software License，Version 2',
};

function splitBilingual(id: string, text: string): ReferenceText[] {
  const marker = MULAN_EN_START[id];
  const at = marker ? text.indexOf(marker) : -1;
  if (!marker || at < 0) return [{ id, text }];
  return [
    { id, variant: 'bilingual', text },
    { id, variant: 'zh', text: text.slice(0, at) },
    { id, variant: 'en', text: text.slice(at) },
  ];
}

export function referenceTexts(): ReferenceText[] {
  return spdxTexts().flatMap(({ id, text }) => splitBilingual(id, text));
}

/** Lower ranks win when two references have the same text. */
export function preference(id: string): number {
  let rank = id.length;
  if (id.endsWith('-or-later')) rank += 100;
  if (id.endsWith('+')) rank += 100;
  return rank;
}

/** Frequently used licenses win near-ties against rare variants with almost the same text. */
export const COMMON = new Set([
  'MIT',
  'Apache-2.0',
  'BSD-3-Clause',
  'BSD-2-Clause',
  'ISC',
  'GPL-2.0-only',
  'GPL-3.0-only',
  'LGPL-2.1-only',
  'LGPL-3.0-only',
  'AGPL-3.0-only',
  'MPL-2.0',
  'EPL-2.0',
  'EPL-1.0',
  'Unlicense',
  'CC0-1.0',
  '0BSD',
  'Zlib',
  'BSL-1.0',
  'CC-BY-4.0',
  'CC-BY-SA-4.0',
  'Python-2.0',
  'BlueOak-1.0.0',
  'MulanPSL-2.0',
  'MulanPSL-1.0',
  'WTFPL',
  'Artistic-2.0',
  'OFL-1.1',
]);
