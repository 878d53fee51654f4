// The line grammar go.mod and go.work share: `verb args // comment`, blocks `verb ( ... )` and the
// one-line block `verb ( args )`, "quoted" and `raw` strings. Each file's schema decides what a
// verb means; this module only splits lines into directives and knows where each one is.
import { FileError } from '../../core/plugin.js';

export interface Directive {
  verb: string;
  args: string[];
  /** The text after `//`, trimmed ('' when none). */
  comment: string;
  line: number;
}

/** Splits a line into tokens, honouring "quoted" and `raw` strings; returns the // comment apart. */
function tokenize(line: string): { tokens: string[]; comment: string } {
  const tokens: string[] = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (c === ' ' || c === '\t' || c === '\r') i++;
    else if (line.startsWith('//', i)) return { tokens, comment: line.slice(i + 2).trim() };
    else if (c === '"' || c === '`') {
      const end = line.indexOf(c, i + 1);
      if (end < 0) throw new Error('unterminated string');
      const raw = line.slice(i, end + 1);
      tokens.push(c === '"' ? (JSON.parse(raw) as string) : raw.slice(1, -1));
      i = end + 1;
    } else {
      let j = i;
      while (j < line.length && !/\s/.test(line[j]!) && !line.startsWith('//', j)) j++;
      tokens.push(line.slice(i, j));
      i = j;
    }
  }
  return { tokens, comment: '' };
}

/**
 * Calls `fn` for every directive in order. A malformed line, or an error thrown by `fn`, becomes a
 * `parse-error` FileError at that line; an unclosed block fails at its opening line.
 */
export function forEachDirective(text: string, file: string, fn: (d: Directive) => void): void {
  const lines = text.split('\n');
  let block: { verb: string; line: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    try {
      const { tokens, comment } = tokenize(lines[i]!);
      if (!tokens.length) continue;
      if (block) {
        if (tokens[0] === ')' && tokens.length === 1) block = undefined;
        else fn({ verb: block.verb, args: tokens, comment, line });
        continue;
      }
      if (tokens.length === 2 && tokens[1] === '(') {
        block = { verb: tokens[0]!, line };
        continue;
      }
      if (tokens[1] === '(' && tokens.at(-1) === ')') {
        fn({ verb: tokens[0]!, args: tokens.slice(2, -1), comment, line });
        continue;
      }
      fn({ verb: tokens[0]!, args: tokens.slice(1), comment, line });
    } catch (e) {
      if (e instanceof FileError) throw e;
      throw new FileError('parse-error', file, (e as Error).message, line);
    }
  }
  if (block) throw new FileError('parse-error', file, `"${block.verb} (" block is not closed`, block.line);
}

/** Throws unless a directive has at least `n` arguments. */
export function needArgs(d: Directive, n: number): void {
  if (d.args.length < n) throw new Error(`${d.verb}: expected ${n} argument(s)`);
}

export const isLocalPath = (p: string): boolean =>
  p.startsWith('./') || p.startsWith('../') || p.startsWith('/') || p === '.' || p === '..';

export interface Replace {
  path: string;
  /** Only this version is replaced; undefined replaces every version. */
  version?: string;
  newPath: string;
  /** Undefined for a local directory replacement. */
  newVersion?: string;
  line: number;
}

/** `replace path [version] => path [version]`, the same in go.mod and go.work. */
export function parseReplace(d: Directive): Replace {
  const { args } = d;
  const arrow = args.indexOf('=>');
  if (arrow < 1 || arrow > 2 || args.length - arrow - 1 < 1 || args.length - arrow - 1 > 2)
    throw new Error('replace: expected "path [version] => path [version]"');
  const r: Replace = { path: args[0]!, newPath: args[arrow + 1]!, line: d.line };
  if (arrow === 2) r.version = args[1];
  if (args[arrow + 2]) r.newVersion = args[arrow + 2];
  else if (!isLocalPath(r.newPath)) throw new Error('replace: a module replacement needs a version');
  return r;
}

/** A directive this reader does not know: skipped, and reported so a typo is not silently lost. */
export interface UnknownDirective {
  verb: string;
  line: number;
}
