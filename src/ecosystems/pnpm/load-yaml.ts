// Parses pnpm-lock.yaml text into plain values, fast: `yaml`'s `parse` without the duplicate-key
// scan (quadratic on a 5,000-entry mapping) and without keeping a syntax tree. Newer pnpm may put
// an "env" document (config dependencies, the pnpm version itself) before the project's lockfile,
// separated by `---`; the project's document is the last one.
import { parse, YAMLParseError } from 'yaml';
import { FileError } from '../../core/plugin.js';

export interface LoadedDocument {
  value: unknown;
  /** 1-based line where the chosen document starts. */
  firstLine: number;
  /** How many documents the file holds. */
  documents: number;
}

const PARSE_OPTIONS = { uniqueKeys: false, prettyErrors: false, maxAliasCount: 100 } as const;

/** Line numbers (1-based) of the `---` separators that start a document. */
function documentStarts(text: string): number[] {
  const starts: number[] = [];
  let line = 1;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (text.startsWith('---', start) && /^---\s*(#.*)?\r?$/.test(text.slice(start, end))) starts.push(line);
    line++;
    start = end + 1;
  }
  return starts;
}

function parseOne(text: string, file: string, lineOffset: number): unknown {
  try {
    return parse(text, PARSE_OPTIONS);
  } catch (err) {
    if (err instanceof YAMLParseError) {
      const line = err.linePos?.[0]?.line;
      const detail = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      throw new FileError('parse-error', file, detail, line !== undefined ? line + lineOffset : undefined);
    }
    throw new FileError('parse-error', file, err instanceof Error ? err.message : String(err));
  }
}

export function loadLockDocument(text: string, file: string): LoadedDocument {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const starts = documentStarts(body).filter((l) => l > 1 || body.startsWith('---'));
  // Common case: one document (possibly opened by `---`).
  if (starts.length <= 1) return { value: parseOne(body, file, 0), firstLine: starts[0] ?? 1, documents: 1 };
  const lines = body.split('\n');
  const bounds = starts[0] === 1 ? starts : [1, ...starts];
  let last: LoadedDocument | undefined;
  for (let i = 0; i < bounds.length; i++) {
    const from = bounds[i]!;
    const to = bounds[i + 1] ?? lines.length + 1;
    // Keep the `---` line out of each chunk so each parses as a single document.
    const skip = lines[from - 1]!.startsWith('---') ? 1 : 0;
    const chunk = lines.slice(from - 1 + skip, to - 1).join('\n');
    const value = parseOne(chunk, file, from - 1 + skip);
    if (value !== null && value !== undefined) last = { value, firstLine: from, documents: bounds.length };
  }
  return last ?? { value: null, firstLine: 1, documents: bounds.length };
}
