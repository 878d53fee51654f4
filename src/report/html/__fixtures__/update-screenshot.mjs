#!/usr/bin/env node
// Regenerates the HTML report's reference screenshot (report-en.png) and the font environment it
// was taken in (screenshot-environment.json) by running the screenshot test in update mode, so the
// reference comes from exactly the page and browser settings the test compares against.
// Usage, from the repository root: node src/report/html/__fixtures__/update-screenshot.mjs
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const vitest = fileURLToPath(new URL('../../../../node_modules/vitest/vitest.mjs', import.meta.url));
const run = spawnSync(process.execPath, [vitest, 'run', 'src/report/html/screenshot.test.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, STEWARD_UPDATE_SCREENSHOT: '1' },
});
process.exit(run.status ?? 1);
