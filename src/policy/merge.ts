// `extends:` merging: a child section overrides its parent key by key. Lists that add up rather
// than replace (denied licenses, vulnerability ignores) are concatenated, and a license the child
// allows is taken out of the inherited deny list (and the other way round), so a child can make
// an exception to a preset without contradicting it.
import type { Policy } from './types.js';

export function mergePolicy(parent: Policy, child: Policy): Policy {
  const out: Policy = { ...parent };
  for (const key of ['licenses', 'vulnerabilities', 'architecture', 'inventory', 'health'] as const)
    if (child[key]) out[key] = { ...parent[key], ...child[key] } as never;
  const pl = parent.licenses ?? {};
  const cl = child.licenses ?? {};
  if (child.licenses) {
    const allow = cl.allow ?? pl.allow;
    const deny = [...(pl.deny ?? []).filter((d) => !(cl.allow ?? []).includes(d)), ...(cl.deny ?? [])];
    const inheritedAllow = cl.allow ? allow : (pl.allow ?? []).filter((a) => !(cl.deny ?? []).includes(a));
    out.licenses = { ...out.licenses };
    if (inheritedAllow && (cl.allow || pl.allow)) out.licenses.allow = inheritedAllow;
    if (deny.length) out.licenses.deny = [...new Set(deny)];
  }
  const ignores = [...(parent.vulnerabilities?.ignore ?? []), ...(child.vulnerabilities?.ignore ?? [])];
  if (ignores.length) out.vulnerabilities = { ...out.vulnerabilities, ignore: ignores };
  delete out.extends;
  return out;
}
