// Debian package versions, as `dpkg --compare-versions` orders them: [epoch:]upstream[-revision],
// compared part by part with dpkg's verrevcmp (tilde before everything, letters before symbols).
import { compareDigits, sign, type VersionScheme } from './types.js';

interface DpkgVersion {
  epoch: string;
  upstream: string;
  revision: string;
}

function parse(v: string): DpkgVersion {
  const s = v.trim();
  const colon = s.indexOf(':');
  const epoch = colon >= 0 ? s.slice(0, colon) : '0';
  const rest = colon >= 0 ? s.slice(colon + 1) : s;
  const dash = rest.lastIndexOf('-');
  return {
    epoch: epoch === '' ? '0' : epoch,
    upstream: dash >= 0 ? rest.slice(0, dash) : rest,
    revision: dash >= 0 ? rest.slice(dash + 1) : '',
  };
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isAlpha = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

/** dpkg's order(): weight of one non-digit character; end of string and digits weigh 0. */
function order(c: string | undefined): number {
  if (c === undefined || isDigit(c)) return 0;
  if (isAlpha(c)) return c.charCodeAt(0);
  if (c === '~') return -1;
  return c.charCodeAt(0) + 256;
}

/** dpkg's verrevcmp over one part (upstream or revision). */
export function verrevcmp(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    while ((i < a.length && !isDigit(a[i])) || (j < b.length && !isDigit(b[j]))) {
      const d = order(a[i]) - order(b[j]);
      if (d) return sign(d);
      i++;
      j++;
    }
    const si = i;
    const sj = j;
    while (isDigit(a[i])) i++;
    while (isDigit(b[j])) j++;
    const d = compareDigits(a.slice(si, i), b.slice(sj, j));
    if (d) return d;
  }
  return 0;
}

function compare(a: string, b: string): number {
  const x = parse(a);
  const y = parse(b);
  return (
    compareDigits(x.epoch, y.epoch) || verrevcmp(x.upstream, y.upstream) || verrevcmp(x.revision, y.revision)
  );
}

function isValid(v: string): boolean {
  const x = parse(v);
  if (!/^\d+$/.test(x.epoch) || x.upstream === '' || !/^\d/.test(x.upstream)) return false;
  return /^[A-Za-z0-9.+~:-]*$/.test(x.upstream) && /^[A-Za-z0-9.+~]*$/.test(x.revision);
}

export const dpkg: VersionScheme = { id: 'dpkg', compare, isValid };
