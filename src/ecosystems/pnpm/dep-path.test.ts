// How references and keys are read must agree with how pnpm writes them; these cases are taken
// from the fixtures' lockfiles (v6 and v9) plus the reference forms pnpm documents.
import { describe, expect, it } from 'vitest';
import { linkTarget, parseKey, patchHashOf, refToKey } from './dep-path.js';
import { decodeKey } from './key-lines.js';

describe('parseKey', () => {
  it('splits scoped names, versions and peer suffixes (v9 and v6)', () => {
    expect(parseKey('react-dom@18.2.0(react@18.2.0)')).toEqual({
      name: 'react-dom',
      version: '18.2.0',
      suffix: '(react@18.2.0)',
    });
    expect(parseKey('/@esbuild/linux-x64@0.19.12')).toEqual({
      name: '@esbuild/linux-x64',
      version: '0.19.12',
      suffix: '',
    });
    expect(parseKey('greet@git+file:///tmp/g.git#4794cb1').name).toBe('greet');
  });

  it('leaves v6 non-registry keys without a name', () => {
    expect(parseKey('file:vendor/local-pkg').name).toBeUndefined();
    expect(parseKey('registry.example.com/x/-/x-1.0.0.tgz').name).toBeUndefined();
  });

  it('reads the patch hash from the suffix', () => {
    expect(patchHashOf('(patch_hash=57248bad)')).toBe('57248bad');
    expect(patchHashOf('(react@18.2.0)')).toBeUndefined();
  });
});

describe('refToKey', () => {
  it('resolves v9 references, including aliases and URLs', () => {
    expect(refToKey(9, 'react-dom', '18.2.0(react@18.2.0)')).toBe('react-dom@18.2.0(react@18.2.0)');
    expect(refToKey(9, 'string-width-cjs', 'string-width@4.2.3')).toBe('string-width@4.2.3');
    expect(refToKey(9, 'types', '@types/node@20.0.0')).toBe('@types/node@20.0.0');
    expect(refToKey(9, 'greet', 'git+ssh://git@example.com/g.git#abc')).toBe(
      'greet@git+ssh://git@example.com/g.git#abc',
    );
    expect(refToKey(9, 'local-pkg', 'file:vendor/local-pkg')).toBe('local-pkg@file:vendor/local-pkg');
    expect(refToKey(9, 'lib', 'link:../lib')).toBeUndefined();
  });

  it('resolves v6 references', () => {
    expect(refToKey(6, 'react-dom', '18.2.0(react@18.2.0)')).toBe('/react-dom@18.2.0(react@18.2.0)');
    expect(refToKey(6, 'string-width-cjs', '/string-width@4.2.3')).toBe('/string-width@4.2.3');
    expect(refToKey(6, 'local-pkg', 'file:vendor/local-pkg')).toBe('file:vendor/local-pkg');
    expect(refToKey(6, 'x', 'registry.example.com/x/-/x-1.0.0.tgz')).toBe(
      'registry.example.com/x/-/x-1.0.0.tgz',
    );
  });
});

describe('linkTarget', () => {
  it('resolves link: paths against the importer directory', () => {
    expect(linkTarget('packages/app', 'link:../lib')).toBe('packages/lib');
    expect(linkTarget('.', 'link:packages/lib')).toBe('packages/lib');
    expect(linkTarget('.', 'link:./vendor/x')).toBe('vendor/x');
    expect(linkTarget('packages/lib', 'link:')).toBe('packages/lib');
    expect(linkTarget('.', 'link:../outside')).toBe('../outside');
  });
});

describe('decodeKey', () => {
  it('decodes plain, single- and double-quoted keys as pnpm writes them', () => {
    expect(decodeKey('ms@2.1.3: {}')).toBe('ms@2.1.3');
    expect(decodeKey("'@esbuild/aix-ppc64@0.19.12':")).toBe('@esbuild/aix-ppc64@0.19.12');
    expect(decodeKey("'it''s@1.0.0':")).toBe("it's@1.0.0");
    expect(decodeKey('"a\\"b@1.0.0":')).toBe('a"b@1.0.0');
    expect(decodeKey('greet@git+file:///tmp/g.git#abc:')).toBe('greet@git+file:///tmp/g.git#abc');
  });
});
