// A small RPM macro expander: enough of rpm's macro language to read the preamble of real spec
// files (%define/%global values, %{name}, %{?x}, %{!?x:...}, %{?x:...}, %{expand:...}, bcond
// queries). It never runs shell (%(...)) or Lua; those, and undefined plain macros, are left as
// written and reported by the caller. Recursion is cut at a fixed depth and reported, not hung.

export class MacroError extends Error {
  constructor(
    readonly kind: 'recursive' | 'unterminated',
    readonly macro: string,
  ) {
    super(kind === 'recursive' ? `macro %{${macro}} expands recursively` : `unterminated macro %{${macro}`);
    this.name = 'MacroError';
  }
}

export interface MacroDef {
  body: string;
  /** Parametric macros (`%define f() ...`) are stored but not expanded on use. */
  parametric?: boolean;
}

const MAX_DEPTH = 64;
const MAX_LENGTH = 1 << 20;

/** Defaults rpm and openEuler/Anolis' rpm-config give every build, for paths used in tags. */
export const DEFAULT_MACROS: Record<string, string> = {
  nil: '',
  _prefix: '/usr',
  _exec_prefix: '/usr',
  _bindir: '/usr/bin',
  _sbindir: '/usr/sbin',
  _libdir: '/usr/lib64',
  _libexecdir: '/usr/libexec',
  _datadir: '/usr/share',
  _docdir: '/usr/share/doc',
  _mandir: '/usr/share/man',
  _includedir: '/usr/include',
  _sysconfdir: '/etc',
  _localstatedir: '/var',
  _sharedstatedir: '/var/lib',
  _unitdir: '/usr/lib/systemd/system',
  __python3: '/usr/bin/python3',
  python3_pkgversion: '3',
  python3_sitelib: '/usr/lib/python3/site-packages',
  python3_sitearch: '/usr/lib64/python3/site-packages',
  _usr: '/usr',
  _var: '/var',
  _lib: 'lib64',
  _arch: 'x86_64',
  _target_cpu: 'x86_64',
  _target_os: 'linux',
  // rpm expands %{_isa} to "(x86-64)" on x86_64; Steward keeps dependency names architecture-free.
  _isa: '',
  _smp_mflags: '-j2',
};

export class MacroTable {
  private readonly defs = new Map<string, MacroDef>();
  /** Names of macros whose expansion was left undone (undefined, shell or Lua). */
  readonly unexpanded = new Set<string>();

  constructor(initial: Record<string, string> = DEFAULT_MACROS) {
    for (const [k, v] of Object.entries(initial)) this.defs.set(k, { body: v });
  }

  define(name: string, body: string, parametric = false): void {
    this.defs.set(name, { body, parametric });
  }
  undefine(name: string): void {
    this.defs.delete(name);
  }
  has(name: string): boolean {
    return this.defs.has(name);
  }
  get(name: string): MacroDef | undefined {
    return this.defs.get(name);
  }

  /** Expands every macro in `text`; throws MacroError on runaway recursion. */
  expand(text: string, depth = 0): string {
    if (depth > MAX_DEPTH) throw new MacroError('recursive', firstMacroName(text));
    let out = '';
    let i = 0;
    while (i < text.length) {
      const pct = text.indexOf('%', i);
      if (pct < 0) {
        out += text.slice(i);
        break;
      }
      out += text.slice(i, pct);
      const next = text[pct + 1];
      if (next === '%') {
        out += '%';
        i = pct + 2;
      } else if (next === '{') {
        const end = matchBrace(text, pct + 1);
        if (end < 0) throw new MacroError('unterminated', text.slice(pct + 2, pct + 32));
        out += this.expandBraced(text.slice(pct + 2, end), depth);
        i = end + 1;
      } else if (next === '(' || next === '[') {
        // Shell and expression expansion are never run: keep the text, note it.
        const close = matchBrace(text, pct + 1);
        const stop = close < 0 ? text.length : close + 1;
        this.unexpanded.add(next === '(' ? '%(...)' : '%[...]');
        out += text.slice(pct, stop);
        i = stop;
      } else {
        const m = /^[?!]*[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(pct + 1));
        if (!m) {
          out += '%';
          i = pct + 1;
          continue;
        }
        if (/^(define|global|undefine)$/.test(m[0])) {
          // A definition met while expanding (e.g. in `%{!?x:%global x 1}`) runs to the end of the line.
          const eol = text.indexOf('\n', pct);
          const stop = eol < 0 ? text.length : eol;
          this.directive(m[0], text.slice(pct + 1 + m[0].length, stop), depth);
          i = stop;
          continue;
        }
        const expanded = this.expandBraced(m[0], depth);
        out += expanded === `%{${m[0]}}` ? `%${m[0]}` : expanded;
        i = pct + 1 + m[0].length;
      }
      if (out.length > MAX_LENGTH) throw new MacroError('recursive', firstMacroName(text));
    }
    return out;
  }

  /** `%define name body`, `%global name body` (body expanded now), `%undefine name`. */
  directive(kind: string, args: string, depth = 0): void {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)(\(\))?\s*([\s\S]*)$/.exec(args);
    if (!m) return;
    const [, name, params, body] = m as unknown as [string, string, string | undefined, string];
    if (kind === 'undefine') this.undefine(name);
    else if (params) this.define(name, body, true);
    else this.define(name, kind === 'global' ? this.expand(body.trim(), depth + 1) : body.trim());
  }

  /** The inside of `%{...}` (or a bare `%name`). */
  private expandBraced(inner: string, depth: number): string {
    const flags = /^[?!]*/.exec(inner)![0];
    const conditional = flags.includes('?');
    const negated = flags.includes('!');
    const rest = inner.slice(flags.length);
    const colon = rest.indexOf(':');
    const space = rest.search(/\s/);
    const nameEnd = [colon, space].filter((x) => x >= 0).reduce((a, b) => Math.min(a, b), rest.length);
    const name = rest.slice(0, nameEnd);
    if (!conditional) {
      const builtin = this.builtin(name, rest, nameEnd, depth);
      if (builtin !== undefined) return builtin;
    }
    const def = this.defs.get(name);
    if (conditional) {
      const defined = def !== undefined;
      const alt = colon >= 0 && colon === nameEnd ? rest.slice(colon + 1) : undefined;
      if (negated) return defined ? '' : alt !== undefined ? this.expand(alt, depth + 1) : '';
      if (!defined) return '';
      return alt !== undefined ? this.expand(alt, depth + 1) : this.expand(def.body, depth + 1);
    }
    if (!def) {
      this.unexpanded.add(name);
      return `%{${inner}}`;
    }
    if (def.parametric) {
      this.unexpanded.add(name);
      return `%{${inner}}`;
    }
    return this.expand(def.body, depth + 1);
  }

  private builtin(name: string, rest: string, nameEnd: number, depth: number): string | undefined {
    const arg = () => rest.slice(nameEnd + 1);
    switch (name) {
      case 'expand':
        return this.expand(this.expand(arg(), depth + 1), depth + 1);
      case 'with':
        return this.defs.has(`with_${arg().trim()}`) ? '1' : '0';
      case 'without':
        return this.defs.has(`with_${arg().trim()}`) ? '0' : '1';
      case 'defined':
        return this.defs.has(arg().trim()) ? '1' : '0';
      case 'undefined':
        return this.defs.has(arg().trim()) ? '0' : '1';
      case 'lua':
        this.unexpanded.add('lua');
        return `%{${rest}}`;
      case 'py3_dist':
      case 'py_dist':
        // python-rpm-macros: %{py3_dist a b} -> python3dist(a) python3dist(b)
        return this.expand(arg(), depth + 1)
          .trim()
          .split(/\s+/)
          .filter(Boolean)
          .map((d) => `python3dist(${d.toLowerCase()})`)
          .join(' ');
      case 'lower':
        return this.expand(arg(), depth + 1).toLowerCase();
      case 'upper':
        return this.expand(arg(), depth + 1).toUpperCase();
      default:
        return undefined;
    }
  }
}

/** Index of the bracket closing the one at `open` ({ or ( or [), or -1. */
export function matchBrace(text: string, open: number): number {
  const opener = text[open]!;
  const closer = opener === '{' ? '}' : opener === '(' ? ')' : ']';
  let level = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === opener) level++;
    else if (c === closer && --level === 0) return i;
  }
  return -1;
}

function firstMacroName(text: string): string {
  return /%\{?[?!]*([A-Za-z_][A-Za-z0-9_]*)/.exec(text)?.[1] ?? text.slice(0, 20);
}
