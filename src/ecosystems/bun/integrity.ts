// Subresource Integrity strings (`sha512-<base64>`, possibly several separated by spaces) turned
// into the lower-case hex hashes the model carries. Unknown algorithms are left out.
import type { Hash } from '../../core/model.js';

const ALGS: Record<string, Hash['alg']> = {
  sha1: 'SHA-1',
  sha256: 'SHA-256',
  sha384: 'SHA-384',
  sha512: 'SHA-512',
  md5: 'MD5',
};

const HEX_LENGTH: Record<Hash['alg'], number> = {
  MD5: 32,
  'SHA-1': 40,
  'SHA-256': 64,
  'SHA-384': 96,
  'SHA-512': 128,
};

export function sriToHashes(sri: string): Hash[] {
  const out: Hash[] = [];
  for (const part of sri.trim().split(/\s+/)) {
    const dash = part.indexOf('-');
    const alg = ALGS[part.slice(0, dash).toLowerCase()];
    if (dash < 0 || !alg) continue;
    const b64 = part.slice(dash + 1).replace(/\?.*$/, '');
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) continue;
    const value = Buffer.from(b64, 'base64').toString('hex');
    if (value.length !== HEX_LENGTH[alg]) continue;
    if (!out.some((h) => h.alg === alg && h.value === value)) out.push({ alg, value });
  }
  return out;
}
