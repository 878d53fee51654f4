// Named registries (`registry = "my-registry"`) resolve to an index URL through cargo's
// configuration. Cargo reads `.cargo/config.toml` (or the older `.cargo/config`) in the project
// directory and each parent; the nearest definition of a name wins. Only files inside the scan
// root are read; CARGO_HOME and environment overrides are not known to a scan.
import { posix } from 'node:path';
import type { ExtractContext } from '../../core/plugin.js';
import { isTable, parseToml } from '../../util/toml.js';

const inDir = (dir: string, name: string) => (dir === '.' ? name : `${dir}/${name}`);

/** Registry name -> index URL, from the configuration files in `dir` and its parents. */
export async function registryIndexes(dir: string, ctx: ExtractContext): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let d = dir; ; d = posix.dirname(d)) {
    for (const name of ['.cargo/config.toml', '.cargo/config']) {
      const file = inDir(d, name);
      let doc;
      try {
        const text = await ctx.readTextIfExists(file);
        if (text === undefined) continue;
        doc = parseToml(text, file);
      } catch {
        continue; // cargo would refuse it too; the manifests are still worth reading
      }
      const regs = isTable(doc.registries) ? doc.registries : {};
      for (const [reg, v] of Object.entries(regs))
        if (isTable(v) && typeof v.index === 'string' && !out.has(reg)) out.set(reg, v.index);
      break;
    }
    if (d === '.') return out;
  }
}

/** `sparse+https://…` / `registry+https://…` -> the URL; a plain URL is a git index, as written. */
export const indexUrl = (index: string): string => index.replace(/^(sparse|registry)\+/, '');
