// Gemfile.lock's text layout: top-level section names (GEM, GIT, PATH, PLUGIN SOURCE,
// PLATFORMS, DEPENDENCIES, CHECKSUMS, RUBY VERSION, BUNDLED WITH), source attributes at two
// spaces, specs at four, a spec's dependencies at six. Parsed into sources, specs and the
// top-level dependency names, each with its line.

export interface Spec {
  name: string;
  /** Version without the platform suffix. */
  version: string;
  platform?: string;
  deps: string[];
  source: { kind: 'GEM' | 'GIT' | 'PATH' | 'PLUGIN SOURCE'; attrs: Record<string, string> };
  line: number;
}

export interface Lockfile {
  specs: Spec[];
  dependencies: { name: string; line: number }[];
  checksums: Map<string, string>;
  bundledWith?: string;
}

const SPEC = /^ {4}(\S+) \(([^)]+)\)$/;
const DEP = /^ {6}(\S+)(?: \(.*\))?$/;
const PLATFORM_SUFFIX =
  /^(.+?)-((?:x86|x64|universal|arm|aarch64|java|mingw|mswin|i[36]86|ppc|s390|wasm|riscv|darwin|linux)[\w.-]*)$/;

export function splitVersion(text: string): { version: string; platform?: string } {
  const m = PLATFORM_SUFFIX.exec(text);
  return m ? { version: m[1]!, platform: m[2]! } : { version: text };
}

export function parseGemfileLock(text: string): {
  lock: Lockfile;
  errors: { line: number; detail: string }[];
} {
  const lock: Lockfile = { specs: [], dependencies: [], checksums: new Map() };
  const errors: { line: number; detail: string }[] = [];
  let section = '';
  let source: Spec['source'] | undefined;
  let current: Spec | undefined;
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    const l = raw.replace(/\r$/, '');
    if (!l.trim()) return;
    if (!l.startsWith(' ')) {
      section = l.trim();
      source = ['GEM', 'GIT', 'PATH', 'PLUGIN SOURCE'].includes(section)
        ? { kind: section as Spec['source']['kind'], attrs: {} }
        : undefined;
      current = undefined;
      return;
    }
    if (source) {
      const attr = /^ {2}([\w-]+): ?(.*)$/.exec(l);
      if (attr) {
        if (attr[1] !== 'specs') source.attrs[attr[1]!] = attr[2]!;
        return;
      }
      const spec = SPEC.exec(l);
      if (spec) {
        current = { name: spec[1]!, ...splitVersion(spec[2]!), deps: [], source, line };
        lock.specs.push(current);
        return;
      }
      const dep = DEP.exec(l);
      if (dep && current) {
        current.deps.push(dep[1]!);
        return;
      }
      errors.push({ line, detail: `unexpected line in ${section}: ${l.trim()}` });
      return;
    }
    if (section === 'DEPENDENCIES') {
      const m = /^ {2}([^\s!]+)!?(?: \(.*\))?$/.exec(l);
      if (m) lock.dependencies.push({ name: m[1]!, line });
      else errors.push({ line, detail: `unexpected dependency line: ${l.trim()}` });
    } else if (section === 'CHECKSUMS') {
      const m = /^ {2}(\S+) \(([^)]+)\)(?: (.*))?$/.exec(l);
      const sha = m?.[3] ? /sha256=([0-9a-f]{64})/.exec(m[3])?.[1] : undefined;
      if (m && sha) lock.checksums.set(`${m[1]} ${m[2]}`, sha);
    } else if (section === 'BUNDLED WITH') lock.bundledWith = l.trim();
  });
  return { lock, errors };
}
