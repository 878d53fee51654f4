// Text normalisation for license matching, after the SPDX matching guidelines: case, whitespace,
// punctuation, quotes, bullets, copyright lines, equivalent words and http/https are ignored.
// Extended for Chinese: full-width forms fold to ASCII, CJK punctuation is dropped and every Han
// character is its own token. A single linear scan, no regular expressions over the input, so
// minified or multi-megabyte lines cannot cause backtracking.

export interface Tokens {
  words: string[];
  /** 1-based source line of each token. */
  lines: number[];
}

/** Variant spellings the SPDX guidelines treat as the same word (a selection of the list). */
const EQUIVALENT = new Map<string, string>(
  Object.entries({
    licence: 'license',
    licences: 'licenses',
    licenced: 'licensed',
    acknowledgment: 'acknowledgement',
    acknowledgments: 'acknowledgements',
    analogue: 'analog',
    authorisation: 'authorization',
    authorised: 'authorized',
    behaviour: 'behavior',
    centre: 'center',
    favour: 'favor',
    labelled: 'labeled',
    organisation: 'organization',
    organisations: 'organizations',
    recognised: 'recognized',
    sublicence: 'sublicense',
    merchantibility: 'merchantability',
    programme: 'program',
    programmes: 'programs',
    utilisation: 'utilization',
    whilst: 'while',
    wilful: 'willful',
    https: 'http',
  }),
);

/** Tokens that carry no meaning for matching (list bullets that survive punctuation removal). */
const DROPPED = new Set(['www']);

/** Most words are shorter than any equivalent spelling: those skip the lookups. */
const SHORTEST_EQUIVALENT = Math.min(...[...EQUIVALENT.keys()].map((w) => w.length));
const DROPPED_LENGTHS = new Set([...DROPPED].map((w) => w.length));

export function isHan(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x20000 && code <= 0x2ffff)
  );
}

const LETTER = /[\p{L}\p{N}]/u;

/** Letter or digit (lower-case input). ASCII is decided without a regular expression. */
function isWordChar(code: number, text: string, i: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
  if (code >= 0x2000 && code <= 0x2bff) return false; // general punctuation, arrows, box drawing
  if (code >= 0x3000 && code <= 0x303f) return false; // CJK punctuation
  if (code >= 0xd800 && code <= 0xdfff) return false; // astral symbols (emoji) and lone surrogates
  return LETTER.test(text.charAt(i));
}

const FULL_WIDTH = /[\uff01-\uff5e\u3000]/;
const FULL_WIDTH_ALL = /[\uff01-\uff5e\u3000]/g;

/** Full-width ASCII variants (ＡＢＣ１２３，) fold to ASCII; the ideographic space to a space. */
function foldWidth(text: string): string {
  if (!FULL_WIDTH.test(text)) return text;
  return text.replace(FULL_WIDTH_ALL, (c) =>
    c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/** Comment leaders and spaces before a copyright statement. */
function isLeader(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0x2a ||
    c === 0x23 ||
    c === 0x2f ||
    c === 0x2d ||
    c === 0x3b ||
    c === 0x21
  );
}

/**
 * False when the line at `from` cannot be a copyright statement: its first character after the
 * leaders cannot start "(c)", "©", "版权所有", "copyright" or "portions copyright" in any case.
 * A cheap test before `isCopyrightLine`, which copies the line's head.
 */
function mayBeCopyrightLine(text: string, from: number): boolean {
  const n = Math.min(text.length, from + 200);
  let i = from;
  while (i < n && isLeader(text.charCodeAt(i))) i++;
  if (i >= n) return false;
  const c = text.charCodeAt(i);
  return c === 0x28 || c === 0xa9 || c === 0x7248 || c === 0x63 || c === 0x43 || c === 0x70 || c === 0x50;
}

/** True when a line is a copyright statement, which the guidelines say to ignore. */
export function isCopyrightLine(line: string): boolean {
  let i = 0;
  const n = Math.min(line.length, 200);
  while (i < n && isLeader(line.charCodeAt(i))) i++;
  const head = line.slice(i, i + 16).toLowerCase();
  if (head.startsWith('(c)') || head.startsWith('©') || head.startsWith('版权所有')) return true;
  const at = head.startsWith('copyright') ? i + 9 : head.startsWith('portions copyright') ? i + 18 : -1;
  if (at < 0) return false;
  return statementFollows(line.slice(at, at + 40));
}

/** Words after "copyright" that continue license prose rather than start a statement. */
const PROSE =
  /^[\s:]*(notice|notices|holder|holders|owner|owners|and|law|laws|statement|license|licence|protection|of|or|in|to|is|the|on|as|for|itself|interest|rights?)\b/i;

/**
 * "Copyright (c) 2020 A", "Copyright 2020 A", "Copyright: A", "Copyright Joyent, Inc." are
 * statements; "copyright notice and this permission notice" (a wrapped license line) is not.
 */
function statementFollows(rest: string): boolean {
  if (/^[\s:]*($|\(c\)|©|\d)/i.test(rest)) return true;
  if (PROSE.test(rest)) return false;
  // A name: the next word is capitalised as written.
  return /^[\s:]*[A-Z\u00C0-\u024F\u4e00-\u9fff]/.test(rest);
}

/** Characters after which a number or letter followed by "." or ")" starts a list item. */
const BEFORE_MARKER = new Set([-1, 0x0a, 0x0d, 0x3a, 0x3b, 0x2e, 0x2a, 0x23, 0x2f]);

/**
 * True for list numbering ("1.", "(a)", "iv)", "2)") at the start of a line or after a sentence
 * or colon, which the matching guidelines ignore: "met: 1. Redistributions" and "met:
 * * Redistributions" are the same text. Version numbers ("version 2. ", "2.0") are kept.
 */
function isListMarker(s: string, start: number, end: number): boolean {
  const after = s.charCodeAt(end + 1);
  if (!(after === 0x20 || after === 0x0a || after === 0x09 || after === 0x0d || Number.isNaN(after)))
    return false;
  let digits = true;
  let roman = true;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) digits = false;
    if (c !== 0x69 && c !== 0x76 && c !== 0x78) roman = false;
  }
  const letter = end - start === 1 && s.charCodeAt(start) >= 0x61 && s.charCodeAt(start) <= 0x7a;
  if (!(digits && end - start <= 3) && !letter && !roman) return false;
  let i = start - 1;
  while (i >= 0 && i > start - 8) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x28) break;
    i--;
  }
  return BEFORE_MARKER.has(i < 0 ? -1 : s.charCodeAt(i));
}

/**
 * Splits text into normalised tokens with their line numbers. Copyright lines are skipped unless
 * `keepCopyright` is set. `maxChars` caps the work on huge inputs.
 */
/** Adds the word lower[start..end) unless it is list numbering or a dropped token. */
function pushWord(lower: string, start: number, end: number, line: number, out: Tokens): void {
  const next = lower.charCodeAt(end);
  if ((next === 0x2e || next === 0x29) && end - start <= 4 && isListMarker(lower, start, end)) return;
  const raw = lower.slice(start, end);
  const w = raw.length < SHORTEST_EQUIVALENT ? raw : (EQUIVALENT.get(raw) ?? raw);
  if (DROPPED_LENGTHS.has(w.length) && DROPPED.has(w)) return;
  out.words.push(w);
  out.lines.push(line);
}

export function tokenize(text: string, options: { keepCopyright?: boolean; maxChars?: number } = {}): Tokens {
  const source =
    options.maxChars !== undefined && text.length > options.maxChars ? text.slice(0, options.maxChars) : text;
  // Lower-casing can change lengths for a few scripts; fold per line would cost more than it saves.
  const folded = foldWidth(source);
  const lower = folded.toLowerCase();
  // toLowerCase keeps lengths for the scripts licenses are written in; copyright lines are judged
  // on the original case (a capitalised name after "Copyright" makes a statement).
  const out: Tokens = { words: [], lines: [] };
  const keepCopyright = !!options.keepCopyright;
  const n = lower.length;
  let line = 1;
  let skipLine = !keepCopyright && isCopyrightLine(folded.slice(0, 200));
  // Start of the word being read, or -1. Kept out of closures so that it stays in a register.
  let start = -1;
  for (let i = 0; i < n; i++) {
    const code = lower.charCodeAt(i);
    if (code === 0x0a) {
      if (start >= 0) pushWord(lower, start, i, line, out);
      start = -1;
      line++;
      skipLine =
        !keepCopyright && mayBeCopyrightLine(folded, i + 1) && isCopyrightLine(folded.slice(i + 1, i + 201));
      continue;
    }
    if (skipLine) continue;
    // Escaped line breaks in JSON and JS strings ("and\nassociated") separate words.
    if (code === 0x5c) {
      const next = lower.charCodeAt(i + 1);
      if (next === 0x6e || next === 0x72 || next === 0x74) {
        if (start >= 0) pushWord(lower, start, i, line, out);
        start = -1;
        i++;
        continue;
      }
    }
    if (code >= 0x3400 && isHan(code)) {
      if (start >= 0) pushWord(lower, start, i, line, out);
      start = -1;
      out.words.push(lower.charAt(i));
      out.lines.push(line);
    } else if (isWordChar(code, lower, i)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      pushWord(lower, start, i, line, out);
      start = -1;
    }
  }
  if (start >= 0) pushWord(lower, start, n, line, out);
  return out;
}

/** Normalised single-line form of a short phrase, for rule matching: tokens joined by spaces. */
export function normalisePhrase(text: string): string {
  return tokenize(text, { keepCopyright: true }).words.join(' ');
}
