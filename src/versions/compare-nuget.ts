// NuGet versions as NuGet.Versioning (NuGetVersion.TryParse and VersionComparer.Default) orders
// them: one to four numeric parts read like System.Version (int32, leading zeros allowed, missing
// parts are 0), then release labels, then metadata that never affects order. Checked against the
// vectors in NuGet.Client's own tests (__fixtures__/upstream).
import { compareStrings, type VersionScheme } from './types.js';

interface NugetVersion {
  /** Major, minor, patch, revision. */
  numbers: [number, number, number, number];
  labels: string[];
}

const INT32_MAX = 2147483647;
const LABEL_CHARS = /^[0-9A-Za-z-]+$/;
// int.TryParse with NumberStyles.Integer: surrounding white space and a sign are accepted.
const INTEGER = /^[\t-\r ]*([+-]?)(\d+)[\t-\r ]*$/;

function int32(s: string): number | null {
  const m = INTEGER.exec(s);
  if (!m) return null;
  const digits = m[2]!.replace(/^0+(?=\d)/, '');
  if (digits.length > 10) return null;
  const n = Number(m[1] === '-' ? `-${digits}` : digits);
  return n >= -INT32_MAX - 1 && n <= INT32_MAX ? n : null;
}

/** A label NuGet accepts: non-empty, [0-9A-Za-z-], and no leading zero on an all-digit label. */
const isValidLabel = (s: string): boolean => LABEL_CHARS.test(s) && !/^0\d+$/.test(s);

export function parseNuget(v: string): NugetVersion | null {
  // The version part ends at the first '-' or '+'; labels run to the next '+'.
  const m = /^([^+-]*)(?:-([^+]*))?(?:\+(.*))?$/s.exec(v.trim());
  if (!m || m[1] === '') return null;
  const parts = (m[1]!.includes('.') ? m[1]! : `${m[1]}.0`).split('.');
  if (parts.length > 4) return null;
  const numbers = parts.map(int32);
  if (numbers.some((n) => n === null || n < 0)) return null;
  const labels = m[2] === undefined ? [] : m[2].split('.');
  if (!labels.every(isValidLabel)) return null;
  if (m[3] !== undefined && !m[3].split('.').every((p) => LABEL_CHARS.test(p))) return null;
  const [major = 0, minor = 0, patch = 0, revision = 0] = numbers as number[];
  return { numbers: [major, minor, patch, revision], labels };
}

/** One release label against another: int32 labels are numbers and sort before the rest. */
function compareLabel(a: string, b: string): number {
  const x = /^-?\d+$/.test(a) ? int32(a) : null;
  const y = /^-?\d+$/.test(b) ? int32(b) : null;
  if (x !== null && y !== null) return Math.sign(x - y);
  if (x !== null || y !== null) return x !== null ? -1 : 1;
  // StringComparer.OrdinalIgnoreCase.
  return compareStrings(a.toUpperCase(), b.toUpperCase());
}

export function compareNuget(a: NugetVersion, b: NugetVersion): number {
  for (let i = 0; i < 4; i++)
    if (a.numbers[i] !== b.numbers[i]) return Math.sign(a.numbers[i]! - b.numbers[i]!);
  if (a.labels.length === 0 || b.labels.length === 0) return Math.sign(b.labels.length - a.labels.length);
  for (let i = 0; i < Math.min(a.labels.length, b.labels.length); i++) {
    const rc = compareLabel(a.labels[i]!, b.labels[i]!);
    if (rc) return rc;
  }
  return Math.sign(a.labels.length - b.labels.length);
}

function compare(a: string, b: string): number {
  const x = parseNuget(a);
  const y = parseNuget(b);
  if (!x || !y) return x ? 1 : y ? -1 : compareStrings(a.toLowerCase(), b.toLowerCase());
  return compareNuget(x, y);
}

export const nuget: VersionScheme = { id: 'nuget', compare, isValid: (v) => parseNuget(v) !== null };
