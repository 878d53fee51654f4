// Root `resolutions` in Berry: Yarn rewrites matching descriptors before it resolves them, so a
// lockfile may lack the descriptor a package declares (`debug` asks for `ms@npm:2.0.0`, the
// lockfile only holds what `resolutions` sent it to). Patterns: `name`, `name@range`,
// `parent/name`, `parent@range/name`, with an optional leading `**/`.
import { splitDescriptor } from './descriptors.js';

export interface Override {
  parent?: string;
  name: string;
  range?: string;
  to: string;
}

/** `@a/b/c/@d/e` -> ['@a/b', 'c', '@d/e']. */
function segments(pattern: string): string[] {
  const parts = pattern.split('/');
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++)
    out.push(parts[i]!.startsWith('@') && i + 1 < parts.length ? `${parts[i]}/${parts[++i]}` : parts[i]!);
  return out;
}

function ident(s: string): { name: string; range?: string } {
  const d = splitDescriptor(s);
  return d ? { name: d.name, range: d.range } : { name: s };
}

export function parseResolutions(map: Record<string, string>): Override[] {
  const out: Override[] = [];
  for (const [pattern, to] of Object.entries(map)) {
    const segs = segments(pattern.replace(/^(\*\*\/)+/, ''));
    if (segs.length === 0 || segs.length > 2) continue;
    const target = ident(segs[segs.length - 1]!);
    const o: Override = { name: target.name, to };
    if (target.range !== undefined) o.range = target.range;
    if (segs.length === 2) o.parent = ident(segs[0]!).name;
    out.push(o);
  }
  return out;
}

const withoutNpm = (r: string) => (r.startsWith('npm:') ? r.slice(4) : r);

/** The range `resolutions` puts in place of `name@range` declared by `parent`, if any. */
export function overrideFor(
  overrides: Override[],
  parent: string | undefined,
  name: string,
  range: string,
): string | undefined {
  let best: { o: Override; score: number } | undefined;
  for (const o of overrides) {
    if (o.name !== name) continue;
    if (o.range !== undefined && withoutNpm(o.range) !== withoutNpm(range)) continue;
    if (o.parent !== undefined && o.parent !== parent) continue;
    const score = (o.parent ? 2 : 0) + (o.range ? 1 : 0);
    if (!best || score > best.score) best = { o, score };
  }
  return best?.o.to;
}
