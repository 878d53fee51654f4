// The small readers under the parsers: the classic lockfile syntax, descriptors and locators,
// Berry conditions and SRI integrity strings.
import { describe, expect, it } from 'vitest';
import { FileError } from '../../core/plugin.js';
import { parseClassicLockfile } from './classic-syntax.js';
import { parseNpmAlias, parsePatch, splitDescriptor, stripBindings } from './descriptors.js';
import { hashesFromIntegrity } from '../../core/integrity.js';
import { overrideFor, parseResolutions } from './resolutions.js';
import { parseConditions } from './schema.js';

describe('classic lockfile syntax', () => {
  const text = [
    '# yarn lockfile v1',
    '',
    '"@babel/core@^7.0.0", "@babel/core@^7.1.0", "babel-core@npm:@babel/core@7.1.0", babel@^6:',
    '  version "7.1.0"',
    '  dependencies:',
    '    "@babel/types" "^7.0.0"',
    '    debug "^4.1.0"',
    '  optional true',
    '  hits 3',
    '',
  ].join('\r\n');

  it('reads several quoted and bare descriptors per key, nested blocks and scalar types', () => {
    const [e] = parseClassicLockfile(text, 'yarn.lock');
    expect(e!.descriptors).toEqual([
      '@babel/core@^7.0.0',
      '@babel/core@^7.1.0',
      'babel-core@npm:@babel/core@7.1.0',
      'babel@^6',
    ]);
    expect(e!.line).toBe(3);
    expect(e!.body.values.get('version')).toBe('7.1.0');
    expect(e!.body.values.get('optional')).toBe(true);
    expect(e!.body.values.get('hits')).toBe(3);
    const deps = e!.body.values.get('dependencies') as {
      values: Map<string, unknown>;
      lines: Map<string, number>;
    };
    expect([...deps.values]).toEqual([
      ['@babel/types', '^7.0.0'],
      ['debug', '^4.1.0'],
    ]);
    expect(deps.lines.get('debug')).toBe(7);
  });

  it.each([
    ['a@1:\n  version "1"\n  version "2"\n', 3, 'duplicate'],
    ['a@1:\n    version "1"\n', 2, 'unexpected indentation'],
    ['a@1 "x"\n', 1, 'must open a block'],
    ['a@1:\n\tversion "1"\n', 2, 'tabs'],
    ['a@1:\n  version "1"\n<<<<<<< HEAD\n', 3, 'merge conflict'],
  ])('fails on %j at line %i', (input, line, detail) => {
    try {
      parseClassicLockfile(input, 'x/yarn.lock');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(FileError);
      expect((e as FileError).line).toBe(line);
      expect((e as FileError).file).toBe('x/yarn.lock');
      expect((e as FileError).detail).toContain(detail);
    }
  });
});

describe('descriptors and locators', () => {
  it('splits scoped and plain names', () => {
    expect(splitDescriptor('@types/node@npm:^20')).toEqual({ name: '@types/node', range: 'npm:^20' });
    expect(splitDescriptor('ms@2.1.3')).toEqual({ name: 'ms', range: '2.1.3' });
    expect(splitDescriptor('@bad@1')).toBeUndefined();
    expect(splitDescriptor('noversion')).toBeUndefined();
  });

  it('reads npm: aliases, bindings and patches', () => {
    expect(parseNpmAlias('npm:@scope/real@^1.2.0')).toEqual({ name: '@scope/real', range: '^1.2.0' });
    expect(parseNpmAlias('^1.2.0')).toBeUndefined();
    expect(stripBindings('file:./x#./x::hash=1&locator=a%40workspace%3A.').reference).toBe('file:./x#./x');
    expect(
      parsePatch('patch:typescript@npm%3A5.6.3#optional!builtin<compat/typescript>::version=5.6.3'),
    ).toEqual({
      inner: 'typescript@npm:5.6.3',
      patch: 'optional!builtin<compat/typescript>',
    });
    expect(parsePatch('npm:1.0.0')).toBeUndefined();
  });
});

describe('Berry conditions', () => {
  it('turns conditions into platform lists, alternatives included', () => {
    expect(parseConditions('os=linux & cpu=arm64 & libc=musl')).toEqual({
      os: ['linux'],
      cpu: ['arm64'],
      libc: ['musl'],
    });
    expect(parseConditions('(os=darwin | os=linux) & cpu=x64')).toEqual({
      os: ['darwin', 'linux'],
      cpu: ['x64'],
    });
  });
});

describe('SRI integrity', () => {
  it('decodes sha1 and sha512, several at once, and drops what it cannot read', () => {
    expect(hashesFromIntegrity('sha1-dTU0W4lnNNX4DE0GxQlVUnoU8Ss= md4-xx sha512-bad!')).toEqual([
      { alg: 'SHA-1', value: '7535345b896734d5f80c4d06c50955527a14f12b' },
    ]);
    expect(hashesFromIntegrity('sha256-AAAA')).toEqual([]);
  });
});

describe('Berry resolutions', () => {
  it('matches by name, range and parent, the most specific pattern winning', () => {
    const o = parseResolutions({
      ms: '2.1.3',
      'ms@npm:2.0.0': 'patch:x',
      'debug/ms': '1.0.0',
      '**/left-pad': '1.3.0',
    });
    expect(overrideFor(o, 'other', 'ms', 'npm:^2.0.0')).toBe('2.1.3');
    expect(overrideFor(o, 'other', 'ms', 'npm:2.0.0')).toBe('patch:x');
    expect(overrideFor(o, 'debug', 'ms', 'npm:2.0.0')).toBe('1.0.0');
    expect(overrideFor(o, undefined, 'left-pad', '^1')).toBe('1.3.0');
    expect(overrideFor(o, undefined, 'kind-of', '^6')).toBeUndefined();
  });
});
