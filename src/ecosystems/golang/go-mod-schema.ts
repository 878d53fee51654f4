// A permissive go.mod reader: the directives Steward needs (module, go, toolchain, require,
// replace, exclude, retract), each with its line, in single-line and block form. Unknown
// directives (godebug, tool, ignore, ...) are skipped; a malformed line is an error at its line.
import { FileError } from '../../core/plugin.js';

export interface Require {
  path: string;
  version: string;
  indirect: boolean;
  line: number;
}

export interface Replace {
  path: string;
  /** Only this version is replaced; undefined replaces every version. */
  version?: string;
  newPath: string;
  /** Undefined for a local directory replacement. */
  newVersion?: string;
  line: number;
}

export interface GoMod {
  module?: string;
  go?: string;
  toolchain?: string;
  requires: Require[];
  replaces: Replace[];
  excludes: { path: string; version: string; line: number }[];
  retracts: { versions: string; rationale?: string; line: number }[];
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
      while (j < line.length && !/[\s]/.test(line[j]!) && !line.startsWith('//', j)) j++;
      tokens.push(line.slice(i, j));
      i = j;
    }
  }
  return { tokens, comment: '' };
}

const isLocal = (p: string) =>
  p.startsWith('./') || p.startsWith('../') || p.startsWith('/') || p === '.' || p === '..';

function directive(mod: GoMod, verb: string, args: string[], comment: string, line: number): void {
  const need = (n: number) => {
    if (args.length < n) throw new Error(`${verb}: expected ${n} argument(s)`);
  };
  switch (verb) {
    case 'module':
      need(1);
      mod.module = args[0];
      break;
    case 'go':
      need(1);
      mod.go = args[0];
      break;
    case 'toolchain':
      need(1);
      mod.toolchain = args[0];
      break;
    case 'require':
      need(2);
      mod.requires.push({
        path: args[0]!,
        version: args[1]!,
        indirect: /(^|;)\s*indirect\s*(;|$)/.test(comment),
        line,
      });
      break;
    case 'exclude':
      need(2);
      mod.excludes.push({ path: args[0]!, version: args[1]!, line });
      break;
    case 'retract': {
      need(1);
      const r: GoMod['retracts'][number] = { versions: args.join(' '), line };
      if (comment) r.rationale = comment;
      mod.retracts.push(r);
      break;
    }
    case 'replace': {
      const arrow = args.indexOf('=>');
      if (arrow < 1 || arrow > 2 || args.length - arrow - 1 < 1 || args.length - arrow - 1 > 2)
        throw new Error('replace: expected "path [version] => path [version]"');
      const r: Replace = { path: args[0]!, newPath: args[arrow + 1]!, line };
      if (arrow === 2) r.version = args[1];
      if (args[arrow + 2]) r.newVersion = args[arrow + 2];
      else if (!isLocal(r.newPath)) throw new Error('replace: a module replacement needs a version');
      mod.replaces.push(r);
      break;
    }
    default:
    // godebug, tool, ignore and future directives carry nothing for the inventory.
  }
}

export function parseGoMod(text: string, file: string): GoMod {
  const mod: GoMod = { requires: [], replaces: [], excludes: [], retracts: [] };
  const lines = text.split('\n');
  let block: { verb: string; line: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    try {
      const { tokens, comment } = tokenize(lines[i]!);
      if (!tokens.length) continue;
      if (block) {
        if (tokens[0] === ')' && tokens.length === 1) block = undefined;
        else directive(mod, block.verb, tokens, comment, line);
        continue;
      }
      if (tokens.length === 2 && tokens[1] === '(') {
        block = { verb: tokens[0]!, line };
        continue;
      }
      if (tokens[1] === '(' && tokens.at(-1) === ')') {
        directive(mod, tokens[0]!, tokens.slice(2, -1), comment, line);
        continue;
      }
      directive(mod, tokens[0]!, tokens.slice(1), comment, line);
    } catch (e) {
      throw new FileError('parse-error', file, (e as Error).message, line);
    }
  }
  if (block) throw new FileError('parse-error', file, `"${block.verb} (" block is not closed`, block.line);
  return mod;
}

export { isLocal };
