// A permissive go.mod reader: the directives Steward needs (module, go, toolchain, require,
// replace, exclude, retract), each with its line, in single-line and block form. Directives of
// newer Go releases that carry nothing for the inventory (godebug, tool, ignore) are accepted;
// any other verb is recorded as unknown so the extractor can report it.
import {
  forEachDirective,
  needArgs,
  parseReplace,
  type Directive,
  type Replace,
  type UnknownDirective,
} from './directives.js';

export interface Require {
  path: string;
  version: string;
  indirect: boolean;
  line: number;
}

export type { Replace };

export interface GoMod {
  module?: string;
  go?: string;
  toolchain?: string;
  requires: Require[];
  replaces: Replace[];
  excludes: { path: string; version: string; line: number }[];
  retracts: { versions: string; rationale?: string; line: number }[];
  unknown: UnknownDirective[];
}

const ACCEPTED = new Set(['godebug', 'tool', 'ignore']);

function directive(mod: GoMod, d: Directive): void {
  const { args } = d;
  switch (d.verb) {
    case 'module':
      needArgs(d, 1);
      mod.module = args[0];
      break;
    case 'go':
      needArgs(d, 1);
      mod.go = args[0];
      break;
    case 'toolchain':
      needArgs(d, 1);
      mod.toolchain = args[0];
      break;
    case 'require':
      needArgs(d, 2);
      mod.requires.push({
        path: args[0]!,
        version: args[1]!,
        indirect: /(^|;)\s*indirect\s*(;|$)/.test(d.comment),
        line: d.line,
      });
      break;
    case 'exclude':
      needArgs(d, 2);
      mod.excludes.push({ path: args[0]!, version: args[1]!, line: d.line });
      break;
    case 'retract': {
      needArgs(d, 1);
      const r: GoMod['retracts'][number] = { versions: args.join(' '), line: d.line };
      if (d.comment) r.rationale = d.comment;
      mod.retracts.push(r);
      break;
    }
    case 'replace':
      mod.replaces.push(parseReplace(d));
      break;
    default:
      if (!ACCEPTED.has(d.verb)) mod.unknown.push({ verb: d.verb, line: d.line });
  }
}

export function parseGoMod(text: string, file: string): GoMod {
  const mod: GoMod = { requires: [], replaces: [], excludes: [], retracts: [], unknown: [] };
  forEachDirective(text, file, (d) => directive(mod, d));
  return mod;
}
