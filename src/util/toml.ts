// TOML reading shared by the ecosystems whose lockfiles and manifests are TOML (Cargo, Poetry, uv,
// PDM, pylock). Parsing is smol-toml's; this module only turns its errors into FileErrors with the
// line, and finds the line of each `[[array]]` table header, which parsed values do not carry.
import { parse, TomlError } from 'smol-toml';
import { FileError } from '../core/plugin.js';

export type TomlTable = Record<string, unknown>;

/** Parse a TOML document; a syntax error becomes a `parse-error` FileError at its line. */
export function parseToml(text: string, file: string): TomlTable {
  try {
    return parse(text) as TomlTable;
  } catch (e) {
    if (e instanceof TomlError)
      throw new FileError('parse-error', file, e.message.split('\n')[0], e.line || undefined);
    throw new FileError('parse-error', file, (e as Error).message);
  }
}

/**
 * 1-based line of every `[[name]]` header, in document order, so the i-th element of the parsed
 * array of tables can be located. Headers are compared after removing blanks and a trailing comment.
 */
export function arrayTableLines(text: string, name: string): number[] {
  const want = `[[${name}]]`;
  const lines: number[] = [];
  let line = 1;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (text.charCodeAt(start) === 91 /* [ */ || /^\s*\[\[/.test(text.slice(start, start + 16))) {
      const raw = text.slice(start, end).replace(/#.*$/, '').replace(/\s+/g, '');
      if (raw === want) lines.push(line);
    }
    start = end + 1;
    line++;
  }
  return lines;
}

/** 1-based line of the first line starting with `prefix` (after blanks), or undefined. */
export function lineStartingWith(text: string, prefix: string): number | undefined {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.trimStart().startsWith(prefix));
  return i < 0 ? undefined : i + 1;
}

export const isTable = (v: unknown): v is TomlTable =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
