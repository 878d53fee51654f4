// A real scan with a health section for the report tests (HTML in the browser and its screenshot,
// Markdown, SARIF, table): the health fixture repository (real git history,
// src/health/__fixtures__/make-repo.ts) with the npm features-v3 project copied into its working
// tree, scanned at the fixed NOW under a policy (by default the foundation-incubation preset).
// `deterministic` pins everything that varies between runs.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ScanResult } from '../../core/result.js';
import { makeProject, NOW, tempRoot } from '../../health/__fixtures__/make-repo.js';
import { scan } from '../../pipeline/scan.js';
import { presetPolicy } from '../../policy/load.js';
import type { Policy } from '../../policy/types.js';

const NPM_PROJECT = new URL('../../ecosystems/npm/__fixtures__/features-v3', import.meta.url).pathname;

/** Where the scanned project appears to live in the deterministic result. */
export const SHOWN_ROOT = '/home/dev';

export interface HealthScan {
  result: ScanResult;
  /** Removes the temporary repository. */
  cleanup: () => void;
}

export async function scanHealthProject(
  policy: Policy = presetPolicy('foundation-incubation')!,
): Promise<HealthScan> {
  const root = tempRoot();
  const project = makeProject(root);
  // Uncommitted files: the scan inventories them, health reads the committed tree and history only.
  for (const file of ['package.json', 'package-lock.json', 'local-lib'])
    cpSync(join(NPM_PROJECT, file), join(project, file), { recursive: true });
  const cache = join(root, 'cache');
  mkdirSync(cache);
  const previous = process.env.XDG_CACHE_HOME;
  process.env.XDG_CACHE_HOME = cache;
  try {
    const result = await scan(project, { health: { now: NOW }, policy });
    return { result: deterministic(result, root), cleanup: () => rmSync(root, { recursive: true, force: true }) };
  } finally {
    if (previous === undefined) delete process.env.XDG_CACHE_HOME;
    else process.env.XDG_CACHE_HOME = previous;
  }
}

/** The temporary directory, start time, duration and tool version replaced by fixed values. */
function deterministic(result: ScanResult, root: string): ScanResult {
  const pinned = JSON.parse(JSON.stringify(result).replaceAll(root, SHOWN_ROOT)) as ScanResult;
  return {
    ...pinned,
    tool: { name: 'steward', version: '0.0.0-test' },
    startedAt: new Date(NOW).toISOString(),
    durationMs: 1234,
  };
}
