// Subresource Integrity strings (`sha512-<base64> sha1-<base64>`), as npm, pnpm, Yarn, Bun and ohpm
// record them, decoded into the hex hashes SBOM formats expect. Unknown algorithms and digests of the
// wrong length are left out, so a truncated value never becomes an (invalid) SBOM hash.
import type { Hash } from './model.js';

const ALGORITHMS: Record<string, Hash['alg']> = {
  sha1: 'SHA-1',
  sha256: 'SHA-256',
  sha384: 'SHA-384',
  sha512: 'SHA-512',
  md5: 'MD5',
};

/** Expected digest length in bytes, to reject truncated or padded values. */
const BYTES: Record<Hash['alg'], number> = {
  MD5: 16,
  'SHA-1': 20,
  'SHA-256': 32,
  'SHA-384': 48,
  'SHA-512': 64,
};

export function hashesFromIntegrity(integrity: string): Hash[] {
  const out: Hash[] = [];
  for (const part of integrity.trim().split(/\s+/)) {
    const dash = part.indexOf('-');
    if (dash <= 0) continue;
    const alg = ALGORITHMS[part.slice(0, dash).toLowerCase()];
    // SRI allows `?options` after the digest; they carry no hash material.
    const b64 = part.slice(dash + 1).split('?')[0]!;
    // A digest of the right length in padded base64; Buffer skips stray characters, so the
    // decoded length catches those too.
    if (!alg || b64.length !== Math.ceil(BYTES[alg] / 3) * 4) continue;
    const bytes = Buffer.from(b64, 'base64');
    if (bytes.length !== BYTES[alg]) continue;
    const value = bytes.toString('hex');
    if (!out.some((h) => h.alg === alg && h.value === value)) out.push({ alg, value });
  }
  return out;
}
