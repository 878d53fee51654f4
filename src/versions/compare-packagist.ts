// Packagist (Composer) versions, ordered as PHP's version_compare() orders them, which Composer
// uses after normalising. A leading 'v' is dropped first, as Composer's normaliser does.
// Special forms rank: unknown < dev < alpha = a < beta = b < RC = rc < number < pl = p.
import { compareDigits, type VersionScheme } from './types.js';

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isAlnum = (c: string): boolean => /^[A-Za-z0-9]$/.test(c);

/** php_canonicalize_version: '-', '_', '+' and other symbols become '.', digit/letter switches add '.'. */
export function canonicalizePhp(v: string): string {
  if (v === '') return '';
  let out = v[0]!;
  let prev = v[0]!;
  for (let i = 1; i < v.length; i++) {
    const c = v[i]!;
    const last = out[out.length - 1];
    const prevDigit = isDigit(prev);
    const prevNonDigit = !isDigit(prev) && prev !== '.';
    if (c === '-' || c === '_' || c === '+') {
      if (last !== '.') out += '.';
    } else if ((prevNonDigit && isDigit(c)) || (prevDigit && !isDigit(c) && c !== '.')) {
      if (last !== '.') out += '.';
      out += c;
    } else if (!isAlnum(c)) {
      if (last !== '.') out += '.';
    } else {
      out += c;
    }
    prev = c;
  }
  return out;
}

const SPECIAL: [string, number][] = [
  ['dev', 0],
  ['alpha', 1],
  ['a', 1],
  ['beta', 2],
  ['b', 2],
  ['RC', 3],
  ['rc', 3],
  ['#', 4],
  ['pl', 5],
  ['p', 5],
];

function specialOrder(form: string): number {
  for (const [name, order] of SPECIAL) if (form.startsWith(name)) return order;
  return -1;
}

const compareSpecial = (a: string, b: string): number => Math.sign(specialOrder(a) - specialOrder(b));

function comparePart(p1: string, p2: string): number {
  const d1 = isDigit(p1[0]);
  const d2 = isDigit(p2[0]);
  if (d1 && d2) return compareDigits(leadingDigits(p1), leadingDigits(p2));
  if (!d1 && !d2) return compareSpecial(p1, p2);
  return d1 ? compareSpecial('#N#', p2) : compareSpecial(p1, '#N#');
}

const leadingDigits = (s: string): string => /^\d*/.exec(s)![0] || '0';

/** Index of the next '.' at or after `from`, or null (C's strchr). */
function nextDot(s: string, from: number): number | null {
  const i = s.indexOf('.', from);
  return i === -1 ? null : i;
}

/**
 * php_version_compare, step for step: parts are compared while both sides have one and neither
 * is the last; then whatever is left on one side decides (a number wins, a word is compared
 * with the '#N#' placeholder, which ranks with numbers).
 */
export function phpVersionCompare(a: string, b: string): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? -1 : 1;
  const s1 = a.startsWith('#') ? a : canonicalizePhp(a);
  const s2 = b.startsWith('#') ? b : canonicalizePhp(b);
  let p1 = 0;
  let p2 = 0;
  let n1: number | null = 0;
  let n2: number | null = 0;
  let compare = 0;
  while (p1 < s1.length && p2 < s2.length && n1 !== null && n2 !== null) {
    n1 = nextDot(s1, p1);
    n2 = nextDot(s2, p2);
    compare = comparePart(s1.slice(p1, n1 ?? s1.length), s2.slice(p2, n2 ?? s2.length));
    if (compare !== 0) break;
    if (n1 !== null) p1 = n1 + 1;
    if (n2 !== null) p2 = n2 + 1;
  }
  if (compare !== 0) return compare;
  if (n1 !== null) return isDigit(s1[p1]) ? 1 : phpVersionCompare(s1.slice(p1), '#N#');
  if (n2 !== null) return isDigit(s2[p2]) ? -1 : phpVersionCompare('#N#', s2.slice(p2));
  return 0;
}

const stripV = (v: string): string => v.trim().replace(/^[vV](?=\d)/, '');

export const packagist: VersionScheme = {
  id: 'packagist',
  compare: (a, b) => phpVersionCompare(stripV(a), stripV(b)),
  isValid: (v) => /^\d/.test(stripV(v)),
};
