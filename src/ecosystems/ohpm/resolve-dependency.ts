// Finds the lockfile entry a declared dependency resolved to. ohpm records each request as a
// `specifiers` entry `name@range` -> packages key; `file:` requests are recorded with the path
// normalised against the dependent's folder, which for a package inside oh_modules is only known
// by its suffix, so those are matched by name and path suffix.
import { posix } from 'node:path';
import { splitKey } from './schema.js';

export interface Resolver {
  resolve(name: string, range: string, dependentDir: string): string | undefined;
}

export function makeResolver(specifiers: Record<string, string>, packageKeys: Set<string>): Resolver {
  const byName = new Map<string, string[]>();
  for (const key of [...Object.keys(specifiers), ...packageKeys]) {
    const name = splitKey(key)?.name;
    if (!name) continue;
    const list = byName.get(name) ?? [];
    if (!list.includes(key)) list.push(key);
    byName.set(name, list);
  }
  const target = (key: string): string | undefined => {
    const t = specifiers[key];
    if (t !== undefined && packageKeys.has(t)) return t;
    return packageKeys.has(key) ? key : undefined;
  };
  return {
    resolve(name, range, dependentDir) {
      const direct = target(`${name}@${range}`);
      if (direct) return direct;
      if (!range.startsWith('file:')) return undefined;
      const rel = range.slice('file:'.length);
      const joined = posix.normalize(posix.join(dependentDir, rel));
      const exact = target(`${name}@${joined}`);
      if (exact) return exact;
      const suffix = posix
        .normalize(rel)
        .replace(/^(\.\/)+/, '')
        .replace(/^(\.\.\/)+/, '');
      const candidates = (byName.get(name) ?? []).filter((k) => splitKey(k)?.rest.endsWith(suffix));
      const found = candidates.map(target).filter((k): k is string => k !== undefined);
      return new Set(found).size === 1 ? found[0] : undefined;
    },
  };
}
