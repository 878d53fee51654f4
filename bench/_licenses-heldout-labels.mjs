// Labels for the held-out license corpus, and the stated rules that set clearly wrong labels
// aside. A label is the package's declared `license`; the rules look only at the file's text and
// name, never at any detector's answer, so they treat Steward and licensecheck alike.

/** Normalised text for signature look-ups: lower case, every run of non-alphanumerics one space. */
export function plain(text) {
  return ` ${text.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
}

const has = (p, ...phrases) => phrases.some((x) => p.includes(` ${x} `));

/**
 * License families and the sentences or titles that identify each in any copy of its text. Written
 * for this benchmark from the licenses' well-known wording; deliberately coarse (one family for
 * several versions) except where clauses tell versions apart (the BSD clause counts).
 */
const FAMILIES = [
  ['mit', (p) => has(p, 'permission is hereby granted free of charge', 'mit license')],
  [
    'isc',
    (p) =>
      has(p, 'permission to use copy modify and or distribute this software for any purpose', 'isc license'),
  ],
  [
    'bsd-2',
    (p) => has(p, 'redistribution and use in source and binary forms') && !has(p, 'endorse or promote'),
  ],
  [
    'bsd-3',
    (p) =>
      has(p, 'redistribution and use in source and binary forms') &&
      has(p, 'endorse or promote') &&
      !has(p, 'advertising materials'),
  ],
  [
    'bsd-4',
    (p) => has(p, 'redistribution and use in source and binary forms') && has(p, 'advertising materials'),
  ],
  ['apache', (p) => has(p, 'apache license')],
  ['lgpl', (p) => has(p, 'gnu lesser general public license', 'gnu library general public license')],
  ['agpl', (p) => has(p, 'gnu affero general public license')],
  ['gpl', (p) => has(p, 'gnu general public license')],
  ['mpl', (p) => has(p, 'mozilla public license')],
  ['unlicense', (p) => has(p, 'free and unencumbered software released into the public domain')],
  ['cc0', (p) => has(p, 'cc0')],
  ['cc-by', (p) => has(p, 'creative commons attribution')],
  ['blueoak', (p) => has(p, 'blue oak')],
  ['python', (p) => has(p, 'python software foundation')],
  ['wtfpl', (p) => has(p, 'do what the fuck you want')],
  ['zlib', (p) => has(p, 'altered source versions must be plainly marked')],
  ['bsl', (p) => has(p, 'boost software license')],
  ['epl', (p) => has(p, 'eclipse public license')],
  ['ofl', (p) => has(p, 'open font license')],
  ['artistic', (p) => has(p, 'artistic license')],
  ['mulan', (p) => has(p, 'mulan')],
];

/** The family of an SPDX id, or undefined when this benchmark has no signature for it. */
function familyOf(id) {
  const table = [
    [/^MIT(-0)?$/, 'mit'],
    [/^(ISC|0BSD)$/, 'isc'],
    [/^BSD-2-Clause$/, 'bsd-2'],
    [/^BSD-3-Clause$/, 'bsd-3'],
    [/^BSD-4-Clause$/, 'bsd-4'],
    [/^Apache-/, 'apache'],
    [/^LGPL-/, 'lgpl'],
    [/^AGPL-/, 'agpl'],
    [/^GPL-/, 'gpl'],
    [/^MPL-/, 'mpl'],
    [/^Unlicense$/, 'unlicense'],
    [/^CC0-/, 'cc0'],
    [/^CC-BY-/, 'cc-by'],
    [/^BlueOak-/, 'blueoak'],
    [/^(Python|PSF)-/, 'python'],
    [/^WTFPL$/, 'wtfpl'],
    [/^Zlib$/, 'zlib'],
    [/^BSL-1\.0$/, 'bsl'],
    [/^EPL-/, 'epl'],
    [/^OFL-/, 'ofl'],
    [/^Artistic-/, 'artistic'],
    [/^MulanPSL-/, 'mulan'],
  ];
  return table.find(([re]) => re.test(id))?.[1];
}

/** Families whose identifying wording the text carries. */
export function familiesIn(text) {
  const p = plain(text);
  return FAMILIES.filter(([, test]) => test(p)).map(([name]) => name);
}

const LICENSE_WORD = /licen[cs]|permission|warrant|redistribut|copyleft|public domain|spdx/i;

/**
 * Why a case's label is set aside in the filtered figures, or undefined when it stands:
 * - `no-license`: the file carries no license at all (no family wording and none of the words
 *   license, permission, warranty, redistribution, copyleft, public domain, SPDX);
 * - `contradicted`: the text carries the wording of at least one known family and of none of the
 *   label's families (every label id must have a known family for this rule to apply).
 */
export function excludeReason(text, labelIds) {
  const found = familiesIn(text);
  if (found.length === 0 && !LICENSE_WORD.test(text)) return 'no-license';
  const wanted = labelIds.map(familyOf);
  if (found.length && wanted.every(Boolean) && !wanted.some((f) => found.includes(f))) return 'contradicted';
  return undefined;
}

/**
 * The label of one file of a package declaring `expression`. A compound label ("MIT OR
 * Apache-2.0") narrows to one of its ids when the file name names it (LICENSE-MIT,
 * LICENSE.APACHE2, COPYING.LGPL): dual-licensed packages ship one file per license.
 */
export function fileLabel(file, expression, ids) {
  if (ids.length < 2) return expression;
  const m = /^(?:licen[cs]e|copying)[-._ ]+(.+?)(?:\.(?:md|txt|markdown))?$/i.exec(file);
  if (!m) return expression;
  const suffix = m[1].toLowerCase().replace(/[^a-z0-9]/g, '');
  const named = ids.filter((id) => {
    const key = id.toLowerCase().replace(/[^a-z0-9]/g, '');
    const stem = id.toLowerCase().split('-')[0];
    return key.startsWith(suffix) || suffix.startsWith(stem);
  });
  return named.length === 1 ? named[0] : expression;
}

/** "GPL-2.0-or-later" and "GPL-2.0-only" compare equal: a bare license text cannot say which. */
export function withoutLater(expression) {
  return expression?.replace(/-or-later\b/g, '-only').replace(/\+(?=$|[\s)])/g, '') ?? null;
}
