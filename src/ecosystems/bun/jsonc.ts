// A small JSONC reader for bun.lock: JSON plus comments and trailing commas, which JSON.parse
// refuses. It records the line of every object key (components point at their entry's line) and
// reports the line of the first syntax error instead of an offset.
import { FileError } from '../../core/plugin.js';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [k: string]: JsonValue };

export interface JsoncResult {
  value: JsonValue;
  /** 1-based line of each key, per object. */
  keyLines: WeakMap<object, Map<string, number>>;
}

export function parseJsonc(text: string, file: string): JsoncResult {
  let i = 0;
  let line = 1;
  const keyLines = new WeakMap<object, Map<string, number>>();
  const fail = (detail: string): never => {
    throw new FileError('parse-error', file, detail, line);
  };

  const skip = () => {
    for (;;) {
      const c = text[i];
      if (c === '\n') {
        line++;
        i++;
      } else if (c === ' ' || c === '\t' || c === '\r') i++;
      else if (c === '/' && text[i + 1] === '/') while (i < text.length && text[i] !== '\n') i++;
      else if (c === '/' && text[i + 1] === '*') {
        const end = text.indexOf('*/', i + 2);
        if (end < 0) fail('unterminated comment');
        for (; i < end + 2; i++) if (text[i] === '\n') line++;
      } else return;
    }
  };

  const STRING = /"(?:[^"\\\n]|\\.)*"/y;
  const readString = (): string => {
    STRING.lastIndex = i;
    const m = STRING.exec(text);
    if (!m) fail('unterminated string');
    i += m![0].length;
    try {
      return JSON.parse(m![0]) as string;
    } catch {
      return fail(`bad string ${m![0].slice(0, 40)}`);
    }
  };

  const value = (depth: number): JsonValue => {
    if (depth > 64) fail('nesting too deep');
    skip();
    const c = text[i];
    if (c === '{') return object(depth);
    if (c === '[') return array(depth);
    if (c === '"') return readString();
    const m = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 64));
    if (!m)
      return fail(c === undefined ? 'unexpected end of file' : `unexpected character ${JSON.stringify(c)}`);
    i += m[0].length;
    return JSON.parse(m[0]) as JsonValue;
  };

  // Comma-separated items up to `close`, a trailing comma allowed.
  const items = (close: string, item: () => void) => {
    i++;
    for (;;) {
      skip();
      if (text[i] === close) return void i++;
      item();
      skip();
      if (text[i] === ',') i++;
      else if (text[i] !== close) fail(`expected "," or "${close}"`);
    }
  };

  const object = (depth: number): JsonValue => {
    const o: { [k: string]: JsonValue } = {};
    const lines = new Map<string, number>();
    keyLines.set(o, lines);
    items('}', () => {
      if (text[i] !== '"') fail('expected a quoted key');
      const keyLine = line;
      const k = readString();
      skip();
      if (text[i] !== ':') fail('expected ":"');
      i++;
      if (lines.has(k)) fail(`duplicate key ${JSON.stringify(k)}`);
      lines.set(k, keyLine);
      const v = value(depth + 1);
      if (k === '__proto__') Object.defineProperty(o, k, { value: v, enumerable: true, writable: true });
      else o[k] = v;
    });
    return o;
  };

  const array = (depth: number): JsonValue => {
    const a: JsonValue[] = [];
    items(']', () => a.push(value(depth + 1)));
    return a;
  };

  const v = value(0);
  skip();
  if (i < text.length) fail('unexpected content after the end');
  return { value: v, keyLines };
}
