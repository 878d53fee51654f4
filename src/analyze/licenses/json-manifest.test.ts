import { describe, expect, it } from 'vitest';
import { parseJsonManifest } from './json-manifest.js';

describe('declared license of a JSON manifest', () => {
  it("reads npm's string, legacy object and array forms and Composer's list, with the field's line", () => {
    expect(parseJsonManifest('{"name":"a","version":"1.0.0","license":"MIT"}')).toEqual({
      name: 'a',
      version: '1.0.0',
      license: 'MIT',
      line: 1,
    });
    expect(parseJsonManifest('{\n  "name": "b",\n  "license": { "type": "ISC" }\n}')?.license).toBe('ISC');
    const legacy = parseJsonManifest(
      '{\n  "name": "c",\n\n  "licenses": [{ "type": "MIT" }, { "type": "Apache-2.0" }]\n}',
    );
    expect(legacy).toMatchObject({ license: 'MIT OR Apache-2.0', line: 4 });
    expect(parseJsonManifest('{"name":"d/e","license":["GPL-2.0-or-later","MIT"]}')?.license).toBe(
      'GPL-2.0-or-later OR MIT',
    );
  });

  it('gives nothing for malformed or non-object JSON and leaves unrecognisable licenses out', () => {
    expect(parseJsonManifest('{ "name": "x", "version": ')).toBeUndefined();
    expect(parseJsonManifest('[1, 2]')).toBeUndefined();
    expect(parseJsonManifest('{"name":"y","license":"SEE LICENSE IN LEGAL.txt"}')).toEqual({
      name: 'y',
      line: 1,
    });
  });
});
