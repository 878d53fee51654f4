// JSON.parse reports where it stopped as a character position; users need a line. Input cut off
// at the end has no position (or one past the content), so it points at the last line with content.
import { FileError } from '../core/plugin.js';

/** 1-based line of the parse error described by `message` in `text`. */
export function jsonErrorLine(text: string, message: string): number {
  const pos = /position (\d+)/.exec(message);
  const contentEnd = text.trimEnd().length;
  const end = pos ? Math.min(Number(pos[1]), contentEnd) : contentEnd;
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The parser's message without V8's echo of the input, which can be long. */
export function jsonErrorDetail(message: string): string {
  return (message.replace(/, "[\s\S]*" is not valid JSON$/, '').split('\n')[0] ?? message).slice(0, 200);
}

/** Parses text that must hold a JSON object; a FileError names the file and the line otherwise. */
export function parseJsonObject(text: string, file: string): Record<string, unknown> {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    throw new FileError('parse-error', file, jsonErrorDetail(message), jsonErrorLine(text, message));
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw new FileError('parse-error', file, 'not a JSON object', 1);
  return v as Record<string, unknown>;
}
