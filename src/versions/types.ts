// The contract every version scheme implements. OSV ranges are evaluated with one comparator per
// ecosystem, and a wrong answer is a missed vulnerability or a false alarm, so each scheme mirrors
// its ecosystem's own tool exactly (cross-checked by fixtures generated with that tool).

export interface VersionScheme {
  /** Short scheme id, e.g. 'npm', 'pep440', 'dpkg'. */
  id: string;
  /** Negative, zero or positive as `a` sorts before, equal to or after `b`. Never throws. */
  compare(a: string, b: string): number;
  /** False when the ecosystem's tool would reject the version (compare still answers, best effort). */
  isValid(v: string): boolean;
}

/** Compares two strings of ASCII digits as unbounded non-negative integers. */
export function compareDigits(a: string, b: string): number {
  const x = a.replace(/^0+/, '');
  const y = b.replace(/^0+/, '');
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Plain code-unit ordering (C strcmp on ASCII), as -1 / 0 / 1. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const sign = (n: number): number => (n < 0 ? -1 : n > 0 ? 1 : 0);
