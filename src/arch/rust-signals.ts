// Rust crates whose code is conditional on target_arch, judged per crate (the nearest Cargo.toml):
// a crate with a branch for the target, or a portable fallback (`not(target_arch …)` or a cfg_if!
// `else`), builds there; one that refuses other architectures with compile_error!, or has only
// other architectures' branches, needs porting. Comments and `cfg!()` expressions do not count.
import { posix } from 'node:path';
import type { Target } from './targets.js';
import type { ArchFinding } from './types.js';

interface CrateSigns {
  arches: Set<string>;
  fallback: boolean;
  refuses?: string;
  first?: string;
}

export function rustSignals(
  files: string[],
  read: (f: string) => string | undefined,
  target: Target,
): ArchFinding[] {
  const crates = files
    .filter((f) => posix.basename(f) === 'Cargo.toml')
    .map((f) => posix.dirname(f))
    .sort((a, b) => b.length - a.length);
  const crateOf = (f: string) =>
    crates.find((c) => c === '.' || f.startsWith(`${c}/`)) ?? posix.dirname(f).split('/')[0]!;
  const signs = new Map<string, CrateSigns>();
  // Tests, benchmarks and examples do not take part in a dependent's build.
  for (const f of files.filter((x) => x.endsWith('.rs') && !/(^|\/)(tests|benches|examples)\//.test(x))) {
    const raw = read(f);
    if (!raw || !raw.includes('target_arch')) continue;
    const text = code(raw);
    const arches = [...text.matchAll(/target_arch\s*=\s*"(\w+)"/g)].map((m) => m[1]!);
    if (arches.length === 0) continue;
    const key = crateOf(f);
    const s = signs.get(key) ?? { arches: new Set(), fallback: false };
    arches.forEach((a) => s.arches.add(a));
    s.first ??= f;
    if (/not\s*\(\s*(?:any\s*\(|all\s*\()?[^)]*target_arch/.test(text) && !refuses(text)) s.fallback = true;
    if (cfgIfElse(text)) s.fallback = true;
    if (refuses(text)) s.refuses ??= f;
    signs.set(key, s);
  }
  const out: ArchFinding[] = [];
  for (const [crate, s] of signs) {
    if (s.arches.has(target.rustArch) || (s.fallback && !s.refuses)) continue;
    const file = s.refuses ?? s.first!;
    const toml = crate === '.' ? 'Cargo.toml' : `${crate}/Cargo.toml`;
    const manifest = (files.includes(toml) && read(toml)) || '';
    const name = /^\s*name\s*=\s*"([^"]+)"/m.exec(manifest)?.[1] ?? posix.basename(crate);
    out.push({
      code: 'arch/rust-target-arch',
      verdict: 'port',
      params: {
        file,
        crate,
        name,
        arches: [...s.arches].sort().join(', '),
        target: target.name,
        rustArch: target.rustArch,
      },
      file,
      remedies: ['ui.arch.remedy.rust'],
    });
  }
  return out;
}

/** Source without comments, string-free enough for cfg matching, and without cfg!() expressions. */
function code(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\/\/[^\n]*/g, ' ')
    .replace(/cfg!\s*\((?:[^()]|\([^()]*\))*\)/g, ' ');
}

/** A `#[cfg(not(... target_arch ...))]` followed by compile_error!: the crate refuses to build. */
const refuses = (text: string): boolean =>
  /#\s*\[\s*cfg\s*\(\s*not\s*\([^\]]*target_arch[^\]]*\]\s*compile_error!/.test(text);

/** A cfg_if! block that names target_arch and ends in an `else` branch. */
function cfgIfElse(text: string): boolean {
  for (const m of text.matchAll(/cfg_if!\s*\{/g)) {
    const start = m.index + m[0].length;
    let depth = 1;
    let i = start;
    for (; i < text.length && depth > 0; i++) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}') depth--;
    }
    const block = text.slice(start, i);
    if (block.includes('target_arch') && /\}\s*else\s*\{/.test(block)) return true;
  }
  return false;
}
