// How npm's `resolved` values map to sources, including forms the fixtures do not show.
import { describe, expect, it } from 'vitest';
import { sourceOf } from './resolved-source.js';

describe('resolved → source', () => {
  it('tells registry tarballs from other URLs', () => {
    expect(sourceOf('https://registry.npmjs.org/@types/node/-/node-20.1.0.tgz', '.')?.type).toBe('registry');
    expect(sourceOf('https://npm.example.com/repository/npm/x/-/x-1.0.0.tgz', '.')?.type).toBe('registry');
    expect(sourceOf('https://codeload.example.com/u/r/tar.gz/abc', '.')?.type).toBe('tarball');
  });

  it('reads the commit of git sources', () => {
    expect(
      sourceOf('git+ssh://git@github.com/u/r.git#0123456789abcdef0123456789abcdef01234567', '.'),
    ).toEqual({
      type: 'git',
      url: 'git+ssh://git@github.com/u/r.git#0123456789abcdef0123456789abcdef01234567',
      commit: '0123456789abcdef0123456789abcdef01234567',
    });
    expect(sourceOf('github:u/r#main', '.')).toEqual({ type: 'git', url: 'github:u/r#main' });
  });

  it('makes local paths relative to the scan root', () => {
    expect(sourceOf('file:../vendor/a-1.0.0.tgz', 'apps/web')).toEqual({
      type: 'file',
      url: 'apps/vendor/a-1.0.0.tgz',
    });
    expect(sourceOf('file:libs/a', 'apps/web')).toEqual({ type: 'link', url: 'apps/web/libs/a' });
    expect(sourceOf('packages/a', '.')).toEqual({ type: 'link', url: 'packages/a' });
  });
});
