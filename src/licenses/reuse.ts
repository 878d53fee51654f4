// REUSE metadata: REUSE.toml annotations and the older .reuse/dep5 (Debian copyright format).
// Each maps path globs to a license expression; the last matching entry wins, as in REUSE.
import { normaliseExpression } from './expression.js';

export interface ReuseRule {
  /** File the rule was read from. */
  source: string;
  line: number;
  match: RegExp;
  expression: string;
}

function escape(ch: string): string {
  return /[\\^$.|?*+()[\]{}]/.test(ch) ? `\\${ch}` : ch;
}

/** REUSE.toml globs: `*` stays within a directory, `**` crosses them. dep5: `*` crosses too. */
export function globToRegExp(glob: string, starCrosses: boolean): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === '*' && glob[i + 1] === '*') {
      out += '.*';
      i++;
      if (glob[i + 1] === '/') i++;
    } else if (ch === '*') out += starCrosses ? '.*' : '[^/]*';
    else if (ch === '?') out += '[^/]';
    else out += escape(ch);
  }
  return new RegExp(`^${out}$`);
}

function unquote(v: string): string {
  return v
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .replace(/^'(.*)'$/, '$1');
}

export function parseReuseToml(text: string, source = 'REUSE.toml'): ReuseRule[] {
  const rules: ReuseRule[] = [];
  let paths: string[] = [];
  let expr: string | undefined;
  let line = 0;
  let pending = '';
  const flush = () => {
    const expression = expr ? normaliseExpression(expr).expression : null;
    if (expression)
      for (const p of paths) rules.push({ source, line, match: globToRegExp(p, false), expression });
    paths = [];
    expr = undefined;
  };
  text.split('\n').forEach((raw, i) => {
    const l = raw.trim();
    if (pending) {
      pending += ` ${l}`;
      if (l.includes(']')) {
        paths = [...pending.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
        pending = '';
      }
      return;
    }
    if (l === '[[annotations]]') {
      flush();
      line = i + 1;
      return;
    }
    const eq = l.indexOf('=');
    if (eq < 0) return;
    const key = l.slice(0, eq).trim().replace(/^"|"$/g, '');
    const value = l.slice(eq + 1).trim();
    if (key === 'path') {
      if (value.startsWith('[') && !value.includes(']')) pending = value;
      else if (value.startsWith('[')) paths = [...value.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
      else paths = [unquote(value)];
    } else if (key === 'SPDX-License-Identifier') expr = unquote(value);
  });
  flush();
  return rules;
}

export function parseDep5(text: string, source = '.reuse/dep5'): ReuseRule[] {
  const rules: ReuseRule[] = [];
  let files: string[] = [];
  let license: string | undefined;
  let start = 1;
  let field = '';
  const flush = () => {
    const expression = license
      ? normaliseExpression(license.replace(/ or /gi, ' OR ').replace(/ and /gi, ' AND ')).expression
      : null;
    if (expression)
      for (const f of files) rules.push({ source, line: start, match: globToRegExp(f, true), expression });
    files = [];
    license = undefined;
  };
  text.split('\n').forEach((raw, i) => {
    if (!raw.trim()) {
      flush();
      start = i + 2;
      return;
    }
    if (/^\s/.test(raw)) {
      if (field === 'files') files.push(...raw.trim().split(/\s+/));
      return;
    }
    const colon = raw.indexOf(':');
    if (colon < 0) return;
    field = raw.slice(0, colon).trim().toLowerCase();
    const value = raw.slice(colon + 1).trim();
    if (field === 'files') files = value.split(/\s+/).filter(Boolean);
    else if (field === 'license') license = value.split('\n')[0];
  });
  flush();
  return rules;
}

/** The expression REUSE metadata assigns to a path, if any (last match wins). */
export function reuseExpression(rules: ReuseRule[], path: string): ReuseRule | undefined {
  let found: ReuseRule | undefined;
  for (const r of rules) if (r.match.test(path)) found = r;
  return found;
}
