// The line a broken package.json is reported at must be the line where the JSON goes wrong.
import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from './json-error-offset.js';
import { parseJson } from './schema.js';

const lineOf = (text: string) => {
  try {
    parseJson(text, 'package.json');
  } catch (err) {
    return (err as { line?: number }).line;
  }
  return 'parsed';
};

describe('jsonErrorOffset', () => {
  it('accepts what JSON.parse accepts', () => {
    for (const ok of ['{}', ' [1, -2.5e3, "a\\u00e9\\n", true, false, null, {"a": []}] ', '"x"', '0'])
      expect(jsonErrorOffset(ok), ok).toBe(-1);
  });

  it('names the line of the first error, where V8 gives no position', () => {
    expect(lineOf('{\n  "name": "b",\n  "version": \n}')).toBe(4);
    expect(lineOf('{\n  "a": 1,\n  "b": 2,\n}\n')).toBe(4); // trailing comma
    expect(lineOf('{\n  "a": "unterminated\n}')).toBe(2);
    expect(lineOf('{\n  "a": [1, 2\n')).toBe(3); // truncated
    expect(lineOf('{"a": 1}\n{"b": 2}')).toBe(2); // two documents
    expect(lineOf('{ "a": 01 }')).toBe(1);
  });
});
