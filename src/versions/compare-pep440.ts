// Python package versions under PEP 440, ordered as the `packaging` library orders them (pip and
// OSV's PyPI data use the same rules): epoch, release without trailing zeros, pre, post, dev, local.
import { compareDigits, compareStrings, type VersionScheme } from './types.js';

const PATTERN = new RegExp(
  '^\\s*v?(?:(?:(\\d+)!)?(\\d+(?:\\.\\d+)*)' +
    '([-_.]?(alpha|a|beta|b|preview|pre|c|rc)[-_.]?(\\d+)?)?' +
    '((?:-(\\d+))|(?:[-_.]?(post|rev|r)[-_.]?(\\d+)?))?' +
    '([-_.]?(dev)[-_.]?(\\d+)?)?)' +
    '(?:\\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?\\s*$',
  'i',
);

/** A sort key; `null` in pre/post/dev/local stands for packaging's infinities as documented below. */
export interface Pep440 {
  epoch: string;
  release: string[];
  pre: [number, string] | null;
  post: string | null;
  dev: string | null;
  local: string[] | null;
}

const PRE_RANK: Record<string, number> = { a: 0, b: 1, rc: 2 };

function preLetter(l: string): string {
  const s = l.toLowerCase();
  if (s === 'alpha' || s === 'a') return 'a';
  if (s === 'beta' || s === 'b') return 'b';
  return 'rc';
}

export function parsePep440(v: string): Pep440 | null {
  const m = PATTERN.exec(v);
  if (!m) return null;
  const release = (m[2] ?? '').split('.');
  while (release.length > 1 && /^0+$/.test(release[release.length - 1]!)) release.pop();
  const letter = m[4] ? preLetter(m[4]) : null;
  return {
    epoch: m[1] ?? '0',
    release,
    pre: letter ? [PRE_RANK[letter]!, m[5] ?? '0'] : null,
    post: m[6] ? (m[7] ?? m[9] ?? '0') : null,
    dev: m[10] ? (m[12] ?? '0') : null,
    local: m[13] ? m[13].toLowerCase().split(/[-_.]/) : null,
  };
}

function compareRelease(a: string[], b: string[]): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const rc = compareDigits(a[i] ?? '0', b[i] ?? '0');
    if (rc) return rc;
  }
  return 0;
}

/** packaging's pre key: dev-only releases sort before any pre-release; no pre sorts after all. */
function preKey(v: Pep440): number[] | 'low' | 'high' {
  if (v.pre === null && v.post === null && v.dev !== null) return 'low';
  if (v.pre === null) return 'high';
  return [v.pre[0]];
}

function comparePre(a: Pep440, b: Pep440): number {
  const x = preKey(a);
  const y = preKey(b);
  if (typeof x === 'string' || typeof y === 'string') {
    if (x === y) return 0;
    if (x === 'low' || y === 'high') return -1;
    return 1;
  }
  return x[0]! - y[0]! || compareDigits(a.pre![1], b.pre![1]);
}

function compareOptional(a: string | null, b: string | null, missing: -1 | 1): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? missing : -missing;
  return compareDigits(a, b);
}

/** Local segments: numbers beat strings, strings compare lexically, a longer label wins a tie. */
function compareLocal(a: string[] | null, b: string[] | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    const rc = nx && ny ? compareDigits(x, y) : nx !== ny ? (nx ? 1 : -1) : compareStrings(x, y);
    if (rc) return rc;
  }
  return Math.sign(a.length - b.length);
}

export function comparePep440(a: Pep440, b: Pep440): number {
  return (
    compareDigits(a.epoch, b.epoch) ||
    compareRelease(a.release, b.release) ||
    comparePre(a, b) ||
    compareOptional(a.post, b.post, -1) ||
    compareOptional(a.dev, b.dev, 1) ||
    compareLocal(a.local, b.local)
  );
}

function compare(a: string, b: string): number {
  const x = parsePep440(a);
  const y = parsePep440(b);
  // Invalid versions (packaging rejects them) sort before valid ones and among themselves lexically.
  if (!x || !y) return x ? 1 : y ? -1 : compareStrings(a, b);
  return comparePep440(x, y);
}

export const pep440: VersionScheme = { id: 'pep440', compare, isValid: (v) => parsePep440(v) !== null };
