// go.sum: `<module> <version> h1:<base64>` for the module's files and `<module> <version>/go.mod
// h1:...` for its go.mod alone. h1 is a SHA-256 over a listing of file hashes, not over one
// file, so it is kept as a property rather than presented as an artifact hash.
import type { FileFailure } from '../../core/status.js';

export interface GoSumEntry {
  h1?: string;
  goModH1?: string;
}

export function parseGoSum(text: string, file: string, failures: FileFailure[]): Map<string, GoSumEntry> {
  const out = new Map<string, GoSumEntry>();
  let line = 0;
  for (const raw of text.split('\n')) {
    line++;
    const t = raw.trim();
    if (!t) continue;
    const parts = t.split(/\s+/);
    if (parts.length !== 3 || !parts[2]!.includes(':')) {
      failures.push({ file, line, reason: 'parse-error', detail: 'expected "<module> <version> <hash>"' });
      continue;
    }
    const [path, version, hash] = parts as [string, string, string];
    const goMod = version.endsWith('/go.mod');
    const key = `${path} ${goMod ? version.slice(0, -'/go.mod'.length) : version}`;
    const entry = out.get(key) ?? {};
    if (goMod) entry.goModH1 = hash;
    else entry.h1 = hash;
    out.set(key, entry);
  }
  return out;
}
