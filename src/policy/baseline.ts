// --baseline: a previous `steward scan --format json` result. The current policy is evaluated over
// it too, and the gate then counts only violations the baseline did not have. A baseline in
// another result schema version is refused rather than half-understood.
import { basename, dirname, resolve } from 'node:path';
import { RESULT_SCHEMA_VERSION, type ScanResult } from '../core/result.js';
import { readTextUnder } from '../util/fs.js';
import { evaluatePolicy } from './evaluate.js';
import { fingerprint } from './gate.js';
import type { Policy } from './types.js';

export class BaselineError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'BaselineError';
  }
}

export async function readBaseline(path: string): Promise<ScanResult> {
  const abs = resolve(path);
  let text: string;
  try {
    text = await readTextUnder(dirname(abs), basename(abs));
  } catch (err) {
    throw new BaselineError(path, `cannot be read (${(err as Error).message.split('\n')[0]})`);
  }
  return parseBaseline(text, path);
}

export function parseBaseline(text: string, file: string): ScanResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new BaselineError(file, `not JSON (${(err as Error).message})`);
  }
  const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
  const tool = (data as { tool?: { name?: unknown } } | null)?.tool?.name;
  if (typeof data !== 'object' || data === null || tool !== 'steward' || version === undefined)
    throw new BaselineError(
      file,
      'not a steward scan result (expected the output of steward scan --format json)',
    );
  if (version !== RESULT_SCHEMA_VERSION)
    throw new BaselineError(
      file,
      `result schema version ${String(version)}; this steward reads ${RESULT_SCHEMA_VERSION} (rescan the baseline with this version)`,
    );
  const r = data as ScanResult;
  if (!Array.isArray(r.components) || !Array.isArray(r.diagnostics))
    throw new BaselineError(file, 'components or diagnostics missing');
  return r;
}

/** Fingerprints of the violations the policy finds in the baseline scan. */
export function baselineFingerprints(baseline: ScanResult, policy: Policy, now = new Date()): Set<string> {
  const out = new Set<string>();
  for (const v of evaluatePolicy(baseline, policy, now))
    for (const d of v.diagnostics) out.add(fingerprint(d));
  return out;
}
