// Wheel file names as PEP 427 / the binary distribution format spell them, including the optional
// build tag, and file references given as URLs (percent-encoded local versions).
import { describe, expect, it } from 'vitest';
import { distributionFileName, distributionProperties, filesProperties, wheelTag } from './wheel-tags.js';

describe('wheel tags', () => {
  it('reads the tag triple after the name, version and optional build tag', () => {
    expect(wheelTag('numpy-2.1.0-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl')).toBe(
      'cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64',
    );
    expect(wheelTag('pkg-1.0-1build-py2.py3-none-any.whl')).toBe('py2.py3-none-any');
    expect(wheelTag('not-a-wheel.whl')).toBeUndefined();
    expect(wheelTag('pkg-1.0.tar.gz')).toBeUndefined();
  });

  it('takes the file name from a URL without its query and decodes it', () => {
    expect(distributionFileName('https://h/p/torch-2.4.0%2Bcpu-cp311-cp311-linux_x86_64.whl#sha256=ab')).toBe(
      'torch-2.4.0+cpu-cp311-cp311-linux_x86_64.whl',
    );
  });

  it('says sdist false only when files are listed, and nothing when none are', () => {
    expect(distributionProperties([], false)).toBeUndefined();
    expect(filesProperties([])).toBeUndefined();
    expect(
      filesProperties(['a-1-py3-none-any.whl', 'a-1-py3-none-any.whl', 'a-1-cp39-abi3-win_amd64.whl']),
    ).toEqual({
      'pypi:sdist': false,
      'pypi:wheel-tags': 'cp39-abi3-win_amd64 py3-none-any',
    });
    expect(filesProperties(['a-1.tar.gz'])).toEqual({ 'pypi:sdist': true });
    expect(filesProperties(['a-1-py2.7.egg'])).toEqual({ 'pypi:sdist': false });
  });
});
