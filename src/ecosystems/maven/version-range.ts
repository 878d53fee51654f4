// Maven version specifications: a soft version (`1.0`, a recommendation mediation may override) or
// a hard range (`[1.0,2.0)`, `(,1.5]`, `[1.2]`, unions `[1,2),(2,3]`). Parsed as Maven 3.8's
// VersionRange.createFromVersionSpec parses them, with its error messages, so a range Maven
// rejects is rejected here too; bounds compare in ComparableVersion order.
import { compareMavenVersions } from '../../util/maven-version.js';

export interface Bound {
  version: string;
  inclusive: boolean;
}

/** One interval; a missing bound is unbounded. */
export interface Restriction {
  lower?: Bound;
  upper?: Bound;
}

export type VersionSpec =
  { kind: 'soft'; version: string } | { kind: 'range'; text: string; restrictions: Restriction[] };

export class RangeSyntaxError extends Error {
  constructor(reason: string, spec: string) {
    super(`${reason}: ${spec}`);
    this.name = 'RangeSyntaxError';
  }
}

function parseRestriction(part: string, spec: string): Restriction {
  const lowerInclusive = part.startsWith('[');
  const upperInclusive = part.endsWith(']');
  const body = part.slice(1, -1).trim();
  const comma = body.indexOf(',');
  if (comma < 0) {
    if (!lowerInclusive || !upperInclusive)
      throw new RangeSyntaxError('Single version must be surrounded by []', spec);
    if (body === '') throw new RangeSyntaxError('Empty version in range', spec);
    return { lower: { version: body, inclusive: true }, upper: { version: body, inclusive: true } };
  }
  const lower = body.slice(0, comma).trim();
  const upper = body.slice(comma + 1).trim();
  if (lower && upper && compareMavenVersions(upper, lower) < 0)
    throw new RangeSyntaxError('Range defies version ordering', spec);
  const r: Restriction = {};
  if (lower) r.lower = { version: lower, inclusive: lowerInclusive };
  if (upper) r.upper = { version: upper, inclusive: upperInclusive };
  return r;
}

/** Throws RangeSyntaxError with Maven's own reason for a malformed range. */
export function parseVersionSpec(text: string): VersionSpec {
  const spec = text.trim();
  let rest = spec;
  const restrictions: Restriction[] = [];
  let previousUpper: Bound | undefined;
  while (rest.startsWith('[') || rest.startsWith('(')) {
    const close = [rest.indexOf(')'), rest.indexOf(']')].filter((i) => i >= 0);
    if (!close.length) throw new RangeSyntaxError('Unbounded range', spec);
    const end = Math.min(...close);
    const r = parseRestriction(rest.slice(0, end + 1), spec);
    const overlaps = !r.lower || compareMavenVersions(r.lower.version, previousUpper?.version ?? '') < 0;
    if (restrictions.length && previousUpper && overlaps) throw new RangeSyntaxError('Ranges overlap', spec);
    restrictions.push(r);
    previousUpper = r.upper;
    rest = rest.slice(end + 1).trim();
    if (rest.startsWith(',')) rest = rest.slice(1).trim();
  }
  if (!restrictions.length) return { kind: 'soft', version: spec };
  if (rest) throw new RangeSyntaxError('Only fully-qualified sets allowed in multiple set scenario', spec);
  return { kind: 'range', text: spec, restrictions };
}

function inRestriction(r: Restriction, v: string): boolean {
  if (r.lower) {
    const c = compareMavenVersions(v, r.lower.version);
    if (c < 0 || (c === 0 && !r.lower.inclusive)) return false;
  }
  if (r.upper) {
    const c = compareMavenVersions(v, r.upper.version);
    if (c > 0 || (c === 0 && !r.upper.inclusive)) return false;
  }
  return true;
}

export const containsVersion = (spec: Extract<VersionSpec, { kind: 'range' }>, v: string): boolean =>
  spec.restrictions.some((r) => inRestriction(r, v));

/** True when the text looks like a range (starts with `[` or `(`), before it is validated. */
export const looksLikeRange = (text: string | undefined): boolean => !!text && /^\s*[[(]/.test(text);
