// Go's own rules for which files a build includes: the `_GOOS`, `_GOARCH` and `_GOOS_GOARCH` file
// name suffixes and the `//go:build` (or older `// +build`) constraint lines above the package
// clause. The readiness checks ask "is this file compiled for linux/<arch>?" with these rules, so
// a generator marked `ignore` or an assembly file for the BSDs is not mistaken for Linux code.

export const GOOS = new Set([
  'aix',
  'android',
  'darwin',
  'dragonfly',
  'freebsd',
  'hurd',
  'illumos',
  'ios',
  'js',
  'linux',
  'nacl',
  'netbsd',
  'openbsd',
  'plan9',
  'solaris',
  'wasip1',
  'windows',
  'zos',
]);

export const GOARCH = new Set([
  '386',
  'amd64',
  'amd64p32',
  'arm',
  'armbe',
  'arm64',
  'arm64be',
  'loong64',
  'mips',
  'mipsle',
  'mips64',
  'mips64le',
  'mips64p32',
  'mips64p32le',
  'ppc',
  'ppc64',
  'ppc64le',
  'riscv',
  'riscv64',
  's390',
  's390x',
  'sparc',
  'sparc64',
  'wasm',
]);

/** Architectures a Linux machine could be: the ones a readiness report compares against. */
export const LINUX_ARCHES = [
  '386',
  'amd64',
  'arm',
  'arm64',
  'loong64',
  'mips',
  'mipsle',
  'mips64',
  'mips64le',
  'ppc64',
  'ppc64le',
  'riscv64',
  's390x',
];

/** The constraint lines of a Go or Go-assembly file: everything before the package clause. */
export interface GoHeader {
  goBuild?: string;
  plusBuild: string[];
  /** The file imports "C" (only meaningful for .go files). */
  cgo: boolean;
}

export function readGoHeader(text: string): GoHeader {
  const out: GoHeader = { plusBuild: [], cgo: /^import\s+(?:"C"|\([^)]*"C"[^)]*\))/m.test(text) };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (/^package\s/.test(line)) break;
    const gb = /^\/\/go:build\s+(.*)$/.exec(line);
    if (gb) out.goBuild = gb[1]!.trim();
    const pb = /^\/\/\s*\+build\s+(.*)$/.exec(line);
    if (pb) out.plusBuild.push(pb[1]!.trim());
  }
  return out;
}

/** True when a file of this name and header is compiled for linux/<goarch> with the gc toolchain. */
export function buildsFor(name: string, header: GoHeader, goarch: string): boolean {
  return nameAllows(name, goarch) && constraintAllows(header, goarch);
}

export function nameAllows(name: string, goarch: string): boolean {
  const stem = name.replace(/\.[^.]*$/, '').replace(/_test$/, '');
  const parts = stem.split('_');
  if (parts.length < 2) return true;
  const last = parts[parts.length - 1]!;
  const prev = parts.length >= 3 ? parts[parts.length - 2]! : undefined;
  if (GOARCH.has(last)) {
    if (prev && GOOS.has(prev) && !osMatches(prev)) return false;
    return last === goarch;
  }
  if (GOOS.has(last)) return osMatches(last);
  return true;
}

const osMatches = (os: string) => os === 'linux';

function tagSet(goarch: string): (tag: string) => boolean {
  return (tag) =>
    tag === 'linux' ||
    tag === 'unix' ||
    tag === goarch ||
    tag === 'gc' ||
    tag === 'cgo' ||
    /^go1\.\d+$/.test(tag);
}

export function constraintAllows(header: GoHeader, goarch: string): boolean {
  const has = tagSet(goarch);
  if (header.goBuild !== undefined) return evalExpr(header.goBuild, has) ?? true;
  // `// +build` lines: each line ORs its space-separated terms, a term ANDs its comma-separated
  // parts, and the lines are ANDed.
  return header.plusBuild.every((line) =>
    line
      .split(/\s+/)
      .some((term) => term.split(',').every((t) => (t.startsWith('!') ? !has(t.slice(1)) : has(t)))),
  );
}

/** Evaluates a //go:build expression; undefined when it does not parse. */
export function evalExpr(expr: string, has: (tag: string) => boolean): boolean | undefined {
  const tokens = expr.match(/\(|\)|!|&&|\|\||[\w.]+/g) ?? [];
  let i = 0;
  const or = (): boolean | undefined => {
    let v = and();
    while (tokens[i] === '||') {
      i++;
      const r = and();
      if (v === undefined || r === undefined) return undefined;
      v = v || r;
    }
    return v;
  };
  const and = (): boolean | undefined => {
    let v = not();
    while (tokens[i] === '&&') {
      i++;
      const r = not();
      if (v === undefined || r === undefined) return undefined;
      v = v && r;
    }
    return v;
  };
  const not = (): boolean | undefined => {
    const t = tokens[i++];
    if (t === '!') {
      const v = not();
      return v === undefined ? undefined : !v;
    }
    if (t === '(') {
      const v = or();
      return tokens[i++] === ')' ? v : undefined;
    }
    return t && /^[\w.]+$/.test(t) ? has(t) : undefined;
  };
  const v = or();
  return i === tokens.length ? v : undefined;
}
