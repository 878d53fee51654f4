// Test helper: scan one of the committed fixture projects with the test-only plugins.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ScanResult } from '../../core/result.js';
import { scan } from '../../pipeline/scan.js';
import { TEST_PLUGINS } from './test-plugins.js';

export type FixtureName = 'workspace-npm' | 'manifest-only';

export const fixturePath = (name: FixtureName, file = ''): string =>
  fileURLToPath(new URL(`./${name}/${file}`, import.meta.url));

export const scanFixture = (name: FixtureName): Promise<ScanResult> =>
  scan(fixturePath(name), { plugins: TEST_PLUGINS });

/** package-lock.json `packages` entries of the workspace fixture, for round-trip checks. */
export function lockEntries(): Record<string, { version?: string; integrity?: string; name?: string }> {
  const text = readFileSync(fixturePath('workspace-npm', 'package-lock.json'), 'utf8');
  return (JSON.parse(text) as { packages: Record<string, { version?: string; integrity?: string }> }).packages;
}

/** Hex of an npm `sha512-<base64>` integrity string. */
export const integrityHex = (integrity: string): string =>
  Buffer.from(integrity.replace(/^sha512-/, ''), 'base64').toString('hex');
