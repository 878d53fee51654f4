// Reads an ohpm JSON5 file (oh-package.json5, oh-package-lock.json5) into plain values. JSON5 is
// parsed by the json5 package; its syntax errors become FileErrors with the line it reports, and
// a finder maps quoted keys back to their lines, since the parser keeps no positions.
import JSON5 from 'json5';
import { FileError } from '../../core/plugin.js';

export function parseJson5(file: string, text: string): unknown {
  try {
    return JSON5.parse(text);
  } catch (err) {
    const e = err as Error & { lineNumber?: number };
    const message = e.message.replace(/^JSON5: /, '').split('\n')[0] ?? 'invalid JSON5';
    throw new FileError('parse-error', file, message, e.lineNumber);
  }
}

/** Line (1-based) of the first `"key":` at or after `fromLine`; undefined when not found. */
export function keyLineFinder(text: string): (key: string, fromLine?: number) => number | undefined {
  const lines = text.split('\n');
  const index = new Map<string, number[]>();
  for (const [i, line] of lines.entries()) {
    const m = /^\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([A-Za-z_$][\w$]*))\s*:/.exec(line);
    const key = m?.[1] ?? m?.[2] ?? m?.[3];
    if (key === undefined) continue;
    const list = index.get(key) ?? [];
    list.push(i + 1);
    index.set(key, list);
  }
  return (key, fromLine = 0) => index.get(key)?.find((l) => l >= fromLine);
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
