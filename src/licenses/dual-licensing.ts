// Dual licensing stated in prose around several license texts ("Dual licensed under WTFPL and
// MIT", "You may use this software under EITHER of the following licenses"): the licenses found in
// such a file are alternatives, an SPDX `OR`, not all-at-once `AND`. Only statements outside the
// matched license texts count, so a GPL text's own "(at your option) any later version" does not.
import { normalisePhrase } from './normalise.js';
import { allIndexes, lineOfToken, tokenAt, type TokenText } from './token-text.js';

/** Wording that offers a choice between the licenses of a file. */
const CHOICE = [
  'dual licensed',
  'dually licensed',
  'dual license',
  'either of the following licenses',
  'under the terms of either',
  'you may choose either',
  'you may choose which license',
  'you may pick the license',
  'at your choice you may use',
  'at your option you may choose',
  'available under either',
  'released under two licenses',
  'licensed under either',
].map((p) => ` ${normalisePhrase(p)} `);

interface Region {
  startLine: number;
  endLine: number;
}

/** True when the file offers its licenses as alternatives, outside every matched text region. */
export function offersChoice(t: TokenText, texts: Region[]): boolean {
  for (const phrase of CHOICE)
    for (const at of allIndexes(t.spaced, phrase, 10)) {
      const line = lineOfToken(t, tokenAt(t.spacedStarts, at + 1));
      if (!texts.some((r) => line >= r.startLine && line <= r.endLine)) return true;
    }
  return false;
}

/** The expressions as alternatives: "A OR B", compound ones parenthesised. */
export function anyOf(expressions: string[]): string | null {
  // "Apache-2.0 OR MIT" from a notice and the two texts are the same two alternatives.
  const flat = expressions.flatMap((e) => (/[()]| AND /.test(e) ? [e] : e.split(' OR ')));
  const unique = [...new Set(flat)];
  if (unique.length === 0) return null;
  return unique.map((e) => (unique.length > 1 && / AND | OR /.test(e) ? `(${e})` : e)).join(' OR ');
}
