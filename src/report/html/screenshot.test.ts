// The HTML report's first screen compared pixel by pixel with a committed reference
// (__fixtures__/report-en.png), taken from a deterministic scan with health data. The comparison
// tolerates antialiasing noise but fails on a broken layout; both are checked here. The reference
// depends on the fonts fontconfig picks (Debian's chromium and fonts on the CI image): where they
// differ from the recorded ones the test skips locally and fails in CI. To regenerate after an
// intended change: node scripts/with-node.mjs node src/report/html/__fixtures__/update-screenshot.mjs
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanHealthProject, type HealthScan } from '../__fixtures__/health-scan.js';
import { render } from '../render.js';
import { compareScreenshots, MAX_DIFF_RATIO } from './__fixtures__/compare-screenshot.js';

const CHROMIUM = '/usr/bin/chromium';
const REFERENCE = new URL('./__fixtures__/report-en.png', import.meta.url).pathname;
const ENVIRONMENT = new URL('./__fixtures__/screenshot-environment.json', import.meta.url).pathname;
const UPDATE = Boolean(process.env.STEWARD_UPDATE_SCREENSHOT);
// The header, the charts and the health card: what this report draws itself, without the finding
// and component tables whose messages belong to other modules.
const VIEWPORT = { width: 1200, height: 880 };

/** The font each generic family resolves to; the reference is only comparable under the same ones. */
function fontEnvironment(): Record<string, string> | null {
  try {
    return Object.fromEntries(
      ['sans-serif', 'system-ui', 'monospace'].map((family) => [
        family,
        execFileSync('fc-match', ['-f', '%{family[0]} %{style[0]} %{fontversion}', family], {
          encoding: 'utf8',
        }),
      ]),
    );
  } catch {
    return null;
  }
}

const fonts = fontEnvironment();
const recorded = existsSync(ENVIRONMENT)
  ? (JSON.parse(readFileSync(ENVIRONMENT, 'utf8')) as { fonts: Record<string, string> }).fonts
  : null;
const sameFonts = JSON.stringify(fonts) === JSON.stringify(recorded);
const haveBrowser = existsSync(CHROMIUM) || Boolean(process.env.CI);
const run = haveBrowser && (UPDATE || sameFonts || Boolean(process.env.CI));
if (haveBrowser && !run)
  console.warn(
    `skipping the HTML screenshot comparison: fonts ${JSON.stringify(fonts)} differ from the reference's ${JSON.stringify(recorded)}`,
  );

let dir: string;
let fixture: HealthScan;
let browser: Browser;
let file: string;

beforeAll(async () => {
  if (!run) return;
  dir = mkdtempSync(join(tmpdir(), 'steward-screenshot-'));
  fixture = await scanHealthProject();
  file = join(dir, 'report-en.html');
  writeFileSync(file, await render(fixture.result, 'html', { lang: 'en', color: false }));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--force-color-profile=srgb', '--font-render-hinting=none'],
  });
});

afterAll(async () => {
  await browser?.close();
  fixture?.cleanup();
});

/** The first screen of the report, optionally with extra CSS injected before the shot. */
async function shoot(css = ''): Promise<Buffer> {
  const page: Page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await page.goto(`file://${file}`);
  await page.waitForSelector('body[data-ready="1"]');
  if (css) await page.addStyleTag({ content: css });
  const png = await page.screenshot({ animations: 'disabled', caret: 'hide' });
  await page.close();
  return png;
}

/** Compares with the reference; on a mismatch the diff image is kept to look at. */
function compare(png: Buffer, name: string) {
  const result = compareScreenshots(readFileSync(REFERENCE), png);
  if (!result.matches) {
    writeFileSync(join(dir, `${name}.png`), png);
    writeFileSync(join(dir, `${name}-diff.png`), result.diffPng);
  }
  return { ...result, where: join(dir, `${name}-diff.png`) };
}

describe.skipIf(!run)('html report screenshot', () => {
  it.runIf(UPDATE)('writes the reference (update mode)', async () => {
    writeFileSync(REFERENCE, await shoot());
    writeFileSync(ENVIRONMENT, `${JSON.stringify({ viewport: VIEWPORT, fonts }, null, 2)}\n`);
  });

  it.skipIf(UPDATE)('matches the committed reference', async () => {
    expect(sameFonts, `fonts ${JSON.stringify(fonts)} differ from the reference's; regenerate it`).toBe(true);
    const result = compare(await shoot(), 'actual');
    expect(result.sameSize).toBe(true);
    expect(result.ratio, `${result.differing} pixels differ; see ${result.where}`).toBeLessThanOrEqual(
      MAX_DIFF_RATIO,
    );
  });

  it.skipIf(UPDATE)('tolerates rendering noise: gamma, glyph weight, sub-pixel glyph positions', async () => {
    for (const css of [
      'body{filter:contrast(1.06)}',
      'body{-webkit-text-stroke:0.15px}',
      'h1,h2,h3{transform:translateX(0.4px)}',
    ]) {
      const result = compare(await shoot(css), 'noise');
      // The perturbation is real: thousands of pixels change, nearly all of them antialiasing.
      expect(result.changed, css).toBeGreaterThan(5000);
      expect(
        result.ratio,
        `${css}: ${result.differing} pixels differ; see ${result.where}`,
      ).toBeLessThanOrEqual(MAX_DIFF_RATIO);
    }
  });

  it.skipIf(UPDATE)('fails on a broken layout', async () => {
    // The health chart falls below the figures instead of beside them.
    expect(compare(await shoot('.health-grid{grid-template-columns:1fr}'), 'stacked').matches).toBe(false);
    // The activity chart no longer draws.
    expect(compare(await shoot('#chart-health svg{display:none}'), 'no-chart').matches).toBe(false);
    // Everything moves down by a few pixels (e.g. a stray margin).
    expect(compare(await shoot('body{padding-top:22px}'), 'shifted').matches).toBe(false);
  });
});
