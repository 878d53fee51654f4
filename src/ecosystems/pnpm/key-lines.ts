// Line numbers of the keys in a pnpm lockfile's top-level sections (`importers`, `packages`,
// `snapshots`), found by scanning lines rather than keeping the YAML syntax tree: pnpm writes these
// keys at a fixed two-space indent, so one pass over the text is enough and costs little memory.

/** Section name -> key -> 1-based line. */
export type KeyLines = Map<string, Map<string, number>>;

/** Decodes a YAML mapping key as pnpm writes it: plain, 'single-quoted' or "double-quoted". */
export function decodeKey(text: string): string | undefined {
  if (text.startsWith("'")) {
    let out = '';
    for (let i = 1; i < text.length; i++) {
      const c = text[i];
      if (c !== "'") out += c;
      else if (text[i + 1] === "'") {
        out += "'";
        i++;
      } else return out;
    }
    return undefined;
  }
  if (text.startsWith('"')) {
    const end = findDoubleQuoteEnd(text);
    if (end < 0) return undefined;
    try {
      return JSON.parse(text.slice(0, end + 1)) as string;
    } catch {
      return undefined;
    }
  }
  const sep = text.indexOf(': ');
  const key = sep >= 0 ? text.slice(0, sep) : text.endsWith(':') ? text.slice(0, -1) : undefined;
  return key?.trimEnd();
}

function findDoubleQuoteEnd(text: string): number {
  for (let i = 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return -1;
}

const SECTIONS = new Set(['importers', 'packages', 'snapshots']);

/** Scans `text` from `firstLine` (1-based) on; stops at a following YAML document marker. */
export function findKeyLines(text: string, firstLine = 1): KeyLines {
  const out: KeyLines = new Map();
  let current: Map<string, number> | undefined;
  let line = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    line++;
    if (line >= firstLine) {
      const c0 = text.charCodeAt(start);
      if (c0 !== 32 && c0 !== 10 && c0 !== 13 && c0 !== 35 && end > start) {
        // A top-level line: a new section starts (or one we do not index).
        if (text.startsWith('---', start) && line > firstLine) break;
        const key = decodeKey(text.slice(start, end).replace(/\r$/, ''));
        current = key !== undefined && SECTIONS.has(key) ? new Map() : undefined;
        if (current) out.set(key!, current);
      } else if (
        current &&
        c0 === 32 &&
        text.charCodeAt(start + 1) === 32 &&
        text.charCodeAt(start + 2) !== 32
      ) {
        const key = decodeKey(text.slice(start + 2, end).replace(/\r$/, ''));
        if (key !== undefined && !current.has(key)) current.set(key, line);
      }
    }
    start = end + 1;
  }
  return out;
}
