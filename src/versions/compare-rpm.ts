// RPM versions as rpm itself orders them (rpmvercmp plus epoch and release, as in rpm 4.18's
// rpmverCmp): used for openEuler, Red Hat, SUSE, Rocky, AlmaLinux and the other RPM distributions.
// Tilde sorts before everything (even the end), caret after the end but before anything else.
import { compareDigits, compareStrings, type VersionScheme } from './types.js';

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isAlpha = (c: string | undefined): boolean =>
  c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
const isSkipped = (c: string | undefined): boolean =>
  c !== undefined && !isDigit(c) && !isAlpha(c) && c !== '~' && c !== '^';

/** rpmvercmp: compare one version or release string. */
export function rpmvercmp(a: string, b: string): number {
  if (a === b) return 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    while (isSkipped(a[i])) i++;
    while (isSkipped(b[j])) j++;
    const ca = a[i];
    const cb = b[j];
    if (ca === '~' || cb === '~') {
      if (ca !== '~') return 1;
      if (cb !== '~') return -1;
      i++;
      j++;
      continue;
    }
    if (ca === '^' || cb === '^') {
      if (ca === undefined) return -1;
      if (cb === undefined) return 1;
      if (ca !== '^') return 1;
      if (cb !== '^') return -1;
      i++;
      j++;
      continue;
    }
    if (ca === undefined || cb === undefined) break;
    const numeric = isDigit(ca);
    const test = numeric ? isDigit : isAlpha;
    let ei = i;
    let ej = j;
    while (test(a[ei])) ei++;
    while (test(b[ej])) ej++;
    // A numeric segment is newer than an alphabetic one.
    if (ej === j) return numeric ? 1 : -1;
    const sa = a.slice(i, ei);
    const sb = b.slice(j, ej);
    const rc = numeric ? compareDigits(sa, sb) : compareStrings(sa, sb);
    if (rc) return rc;
    i = ei;
    j = ej;
  }
  if (i >= a.length && j >= b.length) return 0;
  return i >= a.length ? -1 : 1;
}

interface Evr {
  epoch: string | null;
  version: string;
  release: string | null;
}

export function parseEvr(evr: string): Evr {
  let s = 0;
  while (isDigit(evr[s])) s++;
  const dash = evr.lastIndexOf('-');
  const hasEpoch = evr[s] === ':';
  const vStart = hasEpoch ? s + 1 : 0;
  const end = dash >= vStart ? dash : evr.length;
  return {
    epoch: hasEpoch ? evr.slice(0, s) || '0' : null,
    version: evr.slice(vStart, end),
    release: dash >= vStart ? evr.slice(dash + 1) : null,
  };
}

function compare(a: string, b: string): number {
  const x = parseEvr(a.trim());
  const y = parseEvr(b.trim());
  // rpm 4.18 compares a missing release as an empty one (so 1.0 < 1.0-1).
  return (
    rpmvercmp(x.epoch ?? '0', y.epoch ?? '0') ||
    rpmvercmp(x.version, y.version) ||
    rpmvercmp(x.release ?? '', y.release ?? '')
  );
}

const isValid = (v: string): boolean => /^(\d+:)?[A-Za-z0-9._+~^]+(-[A-Za-z0-9._+~^]+)?$/.test(v.trim());

export const rpm: VersionScheme = { id: 'rpm', compare, isValid };
