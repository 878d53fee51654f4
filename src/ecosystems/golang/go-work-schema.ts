// A go.work reader: `go`, `toolchain`, `godebug`, `use` (single and block form) and `replace`,
// each with its line. `use` takes a directory; the module in it is read from its go.mod by the
// extractor. Any other verb is recorded as unknown, as Go itself rejects it.
import {
  forEachDirective,
  needArgs,
  parseReplace,
  type Replace,
  type UnknownDirective,
} from './directives.js';

export interface Use {
  /** The directory as written (relative to the go.work directory, or absolute). */
  dir: string;
  line: number;
}

export interface GoWork {
  go?: string;
  toolchain?: string;
  uses: Use[];
  replaces: Replace[];
  unknown: UnknownDirective[];
}

export function parseGoWork(text: string, file: string): GoWork {
  const work: GoWork = { uses: [], replaces: [], unknown: [] };
  forEachDirective(text, file, (d) => {
    switch (d.verb) {
      case 'go':
        needArgs(d, 1);
        work.go = d.args[0];
        break;
      case 'toolchain':
        needArgs(d, 1);
        work.toolchain = d.args[0];
        break;
      case 'use':
        if (d.args.length !== 1) throw new Error('use: expected one directory');
        work.uses.push({ dir: d.args[0]!, line: d.line });
        break;
      case 'replace':
        work.replaces.push(parseReplace(d));
        break;
      case 'godebug':
        needArgs(d, 1);
        break;
      default:
        work.unknown.push({ verb: d.verb, line: d.line });
    }
  });
  return work;
}
