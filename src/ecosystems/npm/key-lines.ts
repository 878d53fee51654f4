// Line numbers for lockfile entries without a second, position-tracking JSON parse: one pass over
// the lines records every `"<key>": {` with its nesting level (npm writes one key per line, with the
// project's indentation). A minified lockfile simply yields no lines.

const KEY_LINE = /^([ \t]*)("(?:[^"\\]|\\.)*")\s*:\s*\{\s*$/;

function parseKey(quoted: string): string | undefined {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return undefined;
  }
}

export class KeyLines {
  private readonly byLevelKey = new Map<string, number[]>();
  private readonly cursor = new Map<string, number>();

  constructor(text: string) {
    const unit = /\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
    let lineNo = 0;
    let start = 0;
    while (start <= text.length) {
      const nl = text.indexOf('\n', start);
      const end = nl === -1 ? text.length : nl;
      lineNo++;
      // Cheap filter first: only lines ending in `{` can open an entry.
      if (text.charCodeAt(end - 1) === 0x7b || text.charCodeAt(end - 2) === 0x7b) {
        const m = KEY_LINE.exec(text.slice(start, end).replace(/\r$/, ''));
        if (m && m[1]!.length % unit.length === 0) {
          const level = m[1]!.length / unit.length;
          const key = parseKey(m[2]!);
          if (key !== undefined) this.add(`${level}\u0000${key}`, lineNo);
        }
      }
      if (nl === -1) break;
      start = nl + 1;
    }
  }

  private add(id: string, line: number): void {
    const list = this.byLevelKey.get(id);
    if (list) list.push(line);
    else this.byLevelKey.set(id, [line]);
  }

  /** First line of `"key": {` at this nesting level (the `packages` section comes first in npm's output). */
  first(level: number, key: string): number | undefined {
    return this.byLevelKey.get(`${level}\u0000${key}`)?.[0];
  }

  /** Next unclaimed line of `"key": {` at this level; callers ask in document order (lockfileVersion 1 trees). */
  next(level: number, key: string): number | undefined {
    const id = `${level}\u0000${key}`;
    const i = this.cursor.get(id) ?? 0;
    this.cursor.set(id, i + 1);
    return this.byLevelKey.get(id)?.[i];
  }
}

/** Line of a lockfile entry: `packages` keys sit at level 2; v1 entries at 2 + 2 per nesting. */
export function entryLine(lines: KeyLines, version: 1 | 2 | 3, key: string): number | undefined {
  if (key === '') return undefined;
  if (version >= 2) return lines.first(2, key);
  const parts = key.split('/node_modules/');
  const name = parts[parts.length - 1]!.replace(/^node_modules\//, '');
  return lines.next(2 * parts.length, name);
}
