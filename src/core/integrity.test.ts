import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashesFromIntegrity } from './integrity.js';

const sri = (alg: string, data: string) => `${alg}-${createHash(alg).update(data).digest('base64')}`;
const hex = (alg: string, data: string) => createHash(alg).update(data).digest('hex');

describe('hashesFromIntegrity', () => {
  it('decodes every known algorithm of a multi-hash SRI string to lower-case hex', () => {
    expect(hashesFromIntegrity(`${sri('sha512', 'a')} ${sri('sha1', 'a')}?opt`)).toEqual([
      { alg: 'SHA-512', value: hex('sha512', 'a') },
      { alg: 'SHA-1', value: hex('sha1', 'a') },
    ]);
    expect(hashesFromIntegrity(sri('sha256', ''))).toEqual([{ alg: 'SHA-256', value: hex('sha256', '') }]);
  });

  it('drops unknown algorithms, truncated digests and duplicates', () => {
    expect(hashesFromIntegrity('sha512-AAEC sha256-AAE= md4-AAAA notsri')).toEqual([]);
    expect(hashesFromIntegrity(`${sri('sha1', 'x')} ${sri('sha1', 'x')}`)).toHaveLength(1);
  });
});
