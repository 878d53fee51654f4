// `SPDX-License-Identifier:` tags in any file and comment style. Found with indexOf, not a regular
// expression over the whole text, so huge single-line files stay linear.
import { normaliseExpression } from './expression.js';

export interface TagHit {
  expression: string | null;
  /** The text after the tag, as written. */
  raw: string;
  line: number;
}

const TAG = 'spdx-license-identifier:';
/** Comment closers and trailing noise after an expression. */
const TRAILER = /(\*\/|-->|\*\)|#}|%>|"|'|`|;|,)\s*$/;

function lineOf(text: string, from: number, pos: number, line: number): number {
  for (let i = from; i < pos; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export function findSpdxTags(text: string): TagHit[] {
  const lower = text.toLowerCase();
  const hits: TagHit[] = [];
  let pos = lower.indexOf(TAG);
  let counted = 0;
  let line = 1;
  while (pos >= 0 && hits.length < 1000) {
    line = lineOf(text, counted, pos, line);
    counted = pos;
    const start = pos + TAG.length;
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let raw = text.slice(start, Math.min(end, start + 300)).trim();
    for (let k = 0; k < 3 && TRAILER.test(raw); k++) raw = raw.replace(TRAILER, '').trim();
    if (raw) hits.push({ expression: normaliseExpression(raw).expression, raw, line });
    pos = lower.indexOf(TAG, start);
  }
  return hits;
}
