// Node details for package forms the fixtures cannot produce offline (GitHub and remote tarball
// keys as pnpm documents them, SHA-1 integrity of old packages). The fixture-based checks are in
// graph.test.ts.
import { describe, expect, it } from 'vitest';
import { packageNode } from './package-node.js';

const base = { fallbackName: 'x', file: 'pnpm-lock.yaml', line: 7 };

describe('packageNode', () => {
  it('treats a v6 host key with a codeload tarball as a tarball with the recorded version', () => {
    const n = packageNode({
      ...base,
      key: 'github.com/kevva/is-positive/97edff6f525f192a3f83cea1944765f769ae2678',
      meta: {
        name: 'is-positive',
        version: '3.1.0',
        resolution: { tarball: 'https://codeload.github.com/kevva/is-positive/tar.gz/97edff6' },
        peerDependencies: {},
      },
    });
    expect([n.name, n.version, n.source?.type]).toEqual(['is-positive', '3.1.0', 'tarball']);
    expect(n.purl).toBe(
      'pkg:npm/is-positive@3.1.0?download_url=https%3A%2F%2Fcodeload.github.com%2Fkevva%2Fis-positive%2Ftar.gz%2F97edff6',
    );
  });

  it('keeps registry identity for a registry package whose tarball URL pnpm recorded', () => {
    const n = packageNode({
      ...base,
      key: '@corp/ui@2.0.0',
      meta: {
        resolution: { integrity: 'sha512-AAEC', tarball: 'https://npm.corp.example/@corp/ui/-/ui-2.0.0.tgz' },
        peerDependencies: {},
      },
    });
    expect([n.purl, n.source]).toEqual([
      'pkg:npm/%40corp/ui@2.0.0',
      { type: 'registry', url: 'https://npm.corp.example/@corp/ui/-/ui-2.0.0.tgz' },
    ]);
    expect(n.location).toEqual({ file: 'pnpm-lock.yaml', line: 7 });
  });

  it('uses the version recorded for a remote tarball key', () => {
    const n = packageNode({
      ...base,
      key: 'foo@https://example.com/foo-1.0.0.tgz',
      meta: {
        version: '1.0.0',
        resolution: { tarball: 'https://example.com/foo-1.0.0.tgz' },
        peerDependencies: {},
      },
    });
    expect([n.name, n.version, n.source?.type]).toEqual(['foo', '1.0.0', 'tarball']);
  });
});
