// Standard notices and references that name a license without containing its text: "Licensed
// under the Apache License, Version 2.0", GPL "either version 2 … or (at your option) any later
// version", license URLs, "@license MIT". Phrases are matched on the normalised, space-joined
// token string with indexOf; no regular expression runs over the input.
import { normalisePhrase } from './normalise.js';
import type { RuleHit } from './mulan-rules.js';
import { allIndexes, lineOfToken, tokenAt, type TokenText } from './token-text.js';

interface Phrase {
  text: string;
  expression: string;
  kind: 'notice' | 'reference';
  /** The phrase's first anchor word, or '' when it has none. */
  anchor: string;
}

/**
 * Words that name a license family. A phrase holding one as a token can only occur where that
 * token does: each phrase is searched only when its first such word is one of the text's tokens,
 * found in one pass over them (the spaced text is a single space between tokens, and tokens hold
 * no spaces, so " word " is in it exactly when some token is "word").
 */
const ANCHORS = [
  'apache',
  'mit',
  'isc',
  'bsd',
  'mozilla',
  'eclipse',
  'creativecommons',
  'creative',
  'unlicense',
  'boost',
  'blue',
  'python',
  'universal',
];

const RAW: [string, string, 'notice' | 'reference'][] = [
  ['Licensed under the Apache License, Version 2.0', 'Apache-2.0', 'notice'],
  ['under the Apache License, Version 2.0', 'Apache-2.0', 'reference'],
  ['http://www.apache.org/licenses/LICENSE-2.0', 'Apache-2.0', 'reference'],
  ['Licensed under the MIT License', 'MIT', 'notice'],
  ['Use of this source code is governed by an MIT-style license', 'MIT', 'notice'],
  ['Use of this source code is governed by a BSD-style license', 'BSD-3-Clause', 'notice'],
  ['Licensed under the Apache License 2.0', 'Apache-2.0', 'notice'],
  ['Licensed under the Universal Permissive License v 1.0', 'UPL-1.0', 'notice'],
  ['released under the MIT license', 'MIT', 'notice'],
  ['licensed under the MIT license', 'MIT', 'notice'],
  ['under the terms of the MIT license', 'MIT', 'notice'],
  ['MIT Licensed', 'MIT', 'reference'],
  ['MIT License', 'MIT', 'reference'],
  ['http://opensource.org/licenses/MIT', 'MIT', 'reference'],
  ['http://www.opensource.org/licenses/mit-license.php', 'MIT', 'reference'],
  ['licensed under the ISC license', 'ISC', 'notice'],
  ['http://opensource.org/licenses/ISC', 'ISC', 'reference'],
  ['licensed under the BSD 3-Clause license', 'BSD-3-Clause', 'notice'],
  ['licensed under the BSD 2-Clause license', 'BSD-2-Clause', 'notice'],
  ['http://opensource.org/licenses/BSD-3-Clause', 'BSD-3-Clause', 'reference'],
  ['http://opensource.org/licenses/BSD-2-Clause', 'BSD-2-Clause', 'reference'],
  ['subject to the terms of the Mozilla Public License, v. 2.0', 'MPL-2.0', 'notice'],
  ['http://mozilla.org/MPL/2.0/', 'MPL-2.0', 'reference'],
  ['Eclipse Public License v2.0', 'EPL-2.0', 'reference'],
  ['Eclipse Public License 2.0', 'EPL-2.0', 'reference'],
  ['http://www.eclipse.org/legal/epl-2.0', 'EPL-2.0', 'reference'],
  ['Eclipse Public License v1.0', 'EPL-1.0', 'reference'],
  ['http://www.eclipse.org/legal/epl-v10.html', 'EPL-1.0', 'reference'],
  ['http://creativecommons.org/publicdomain/zero/1.0/', 'CC0-1.0', 'reference'],
  ['http://creativecommons.org/licenses/by/4.0/', 'CC-BY-4.0', 'reference'],
  ['http://creativecommons.org/licenses/by-sa/4.0/', 'CC-BY-SA-4.0', 'reference'],
  ['Creative Commons Attribution 4.0 International', 'CC-BY-4.0', 'reference'],
  ['http://unlicense.org', 'Unlicense', 'reference'],
  ['Boost Software License, Version 1.0', 'BSL-1.0', 'reference'],
  ['http://www.boost.org/LICENSE_1_0.txt', 'BSL-1.0', 'reference'],
  ['Licensed under the Blue Oak Model License 1.0.0', 'BlueOak-1.0.0', 'notice'],
  ['licensed under the Python Software Foundation License', 'PSF-2.0', 'notice'],
];

let phrases: Phrase[] | undefined;

function table(): Phrase[] {
  phrases ??= RAW.map(([raw, expression, kind]) => {
    const text = ` ${normalisePhrase(raw)} `;
    const word = ANCHORS.find((a) => text.includes(` ${a} `));
    return { text, expression, kind, anchor: word ?? '' };
  });
  return phrases;
}

const GNU_FAMILIES: [string, string][] = [
  ['gnu lesser general public license', 'LGPL'],
  ['gnu library general public license', 'LGPL'],
  ['gnu affero general public license', 'AGPL'],
  ['gnu general public license', 'GPL'],
];

function gnuVersion(window: string, family: string): string | undefined {
  const m = / version (\d)(?: (\d))? /.exec(window);
  if (!m) return undefined;
  const v = `${m[1]}.${m[2] ?? (family === 'LGPL' && m[1] === '2' ? '0' : '0')}`;
  const suffix = window.includes(' any later version ') ? 'or-later' : 'only';
  return `${family}-${v}-${suffix}`;
}

/** "under the terms of the GNU … General Public License … version N [or any later version]". */
function gnuNotices(t: TokenText): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const at of allIndexes(t.spaced, ' under the terms of the gnu ', 50)) {
    const window = t.spaced.slice(at, at + 400);
    const family = GNU_FAMILIES.find(([p]) => window.includes(` ${p} `));
    if (!family) continue;
    const expression = gnuVersion(window, family[1]);
    if (!expression) continue;
    const first = tokenAt(t.spacedStarts, at + 1);
    const last = tokenAt(t.spacedStarts, Math.min(at + 399, t.spaced.length - 2));
    hits.push({
      expression,
      kind: 'notice',
      startLine: lineOfToken(t, first),
      endLine: lineOfToken(t, last),
      score: 90,
    });
  }
  return hits;
}

/** "Licensed under either of Apache License, Version 2.0 or MIT license at your option". */
function dualApacheMit(t: TokenText): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const at of allIndexes(t.spaced, ' licensed under either of ', 10)) {
    const window = t.spaced.slice(at, at + 300);
    if (window.includes(' apache license version 2 0 ') && window.includes(' mit license ')) {
      const line = lineOfToken(t, tokenAt(t.spacedStarts, at + 1));
      hits.push({
        expression: 'Apache-2.0 OR MIT',
        kind: 'notice',
        startLine: line,
        endLine: line + 4,
        score: 95,
      });
    }
  }
  return hits;
}

/** Tokens that the notices below need: the anchors, "gnu" and "either". */
const NEEDED = new Set([...ANCHORS, 'gnu', 'either']);

function neededTokens(words: string[]): Set<string> {
  const found = new Set<string>(['']);
  for (const w of words) if (NEEDED.has(w)) found.add(w);
  return found;
}

export function detectNotices(t: TokenText): RuleHit[] {
  const present = neededTokens(t.tokens.words);
  const hits: RuleHit[] = [
    ...(present.has('gnu') ? gnuNotices(t) : []),
    ...(present.has('either') ? dualApacheMit(t) : []),
  ];
  const covered = new Set(hits.map((h) => h.startLine));
  for (const p of table()) {
    if (!present.has(p.anchor)) continue;
    for (const at of allIndexes(t.spaced, p.text, 20)) {
      const first = tokenAt(t.spacedStarts, at + 1);
      const last = tokenAt(t.spacedStarts, at + p.text.length - 2);
      const startLine = lineOfToken(t, first);
      if (covered.has(startLine)) continue;
      covered.add(startLine);
      hits.push({
        expression: p.expression,
        kind: p.kind,
        startLine,
        endLine: lineOfToken(t, last),
        score: p.kind === 'notice' ? 95 : 80,
      });
    }
  }
  return hits;
}
