// Rules within one policy file that cannot both hold: the same license both allowed and denied,
// one vulnerability ignored twice. Reported as errors with the key and line of the second rule.
import type { Policy } from './types.js';

export interface Contradiction {
  path: (string | number)[];
  detail: string;
}

export function findContradictions(policy: Policy): Contradiction[] {
  const out: Contradiction[] = [];
  const allow = policy.licenses?.allow ?? [];
  for (const [i, d] of (policy.licenses?.deny ?? []).entries())
    if (allow.some((a) => a.toLowerCase() === d.toLowerCase()))
      out.push({ path: ['licenses', 'deny', i], detail: `"${d}" is both allowed and denied` });
  const seen = new Map<string, number>();
  for (const [i, ig] of (policy.vulnerabilities?.ignore ?? []).entries()) {
    const first = seen.get(ig.id);
    if (first !== undefined)
      out.push({
        path: ['vulnerabilities', 'ignore', i, 'id'],
        detail: `"${ig.id}" is already ignored by entry ${first + 1}`,
      });
    else seen.set(ig.id, i);
  }
  const registries = policy.inventory?.registries;
  if (registries && registries.length === 0)
    out.push({ path: ['inventory', 'registries'], detail: 'an empty list would reject every registry' });
  return out;
}
