// The HTML report in a real browser (Debian's Chromium driven by playwright-core): it renders
// offline, the charts draw bars for the scan's license categories, and search filters the tables.
// The health card has its own tests (html-health.test.ts), the layout a screenshot comparison
// (screenshot.test.ts).
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../core/result.js';
import { scan } from '../../pipeline/scan.js';
import { presetPolicy } from '../../policy/load.js';
import { render } from '../render.js';

const CHROMIUM = '/usr/bin/chromium';
// CI (.ci/run) installs Debian's Chromium, and there a missing browser fails the suite; a developer
// machine without it skips these tests with a visible reason instead.
const runBrowser = existsSync(CHROMIUM) || Boolean(process.env.CI);
if (!runBrowser)
  console.warn(`skipping the HTML browser tests: ${CHROMIUM} is missing (apt-get install chromium)`);
const realistic = new URL('../../ecosystems/npm/__fixtures__/realistic-v3', import.meta.url).pathname;
let dir: string;
let result: ScanResult;
let browser: Browser;

beforeAll(async () => {
  if (!runBrowser) return;
  dir = mkdtempSync(join(tmpdir(), 'steward-html-'));
  process.env.XDG_CACHE_HOME = join(dir, 'cache');
  result = await scan(realistic, { policy: presetPolicy('permissive-only')! });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
});

afterAll(async () => {
  await browser?.close();
});

async function open(lang: 'en' | 'zh-CN') {
  const file = join(dir, `report-${lang}.html`);
  writeFileSync(file, await render(result, 'html', { lang, color: false }));
  const page = await browser.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`file://${file}`);
  await page.waitForSelector('body[data-ready="1"]');
  return { page, requests, errors, file };
}

describe.skipIf(!runBrowser)('html report', () => {
  it('renders offline with charts and every component counted', async () => {
    const { page, requests, errors } = await open('en');
    expect(errors).toEqual([]);
    // Only the file itself: no fonts, scripts or images from anywhere.
    expect(requests.every((u) => u.startsWith('file://'))).toBe(true);
    const bars = await page.locator('#chart-licenses rect.bar').count();
    expect(bars).toBeGreaterThanOrEqual(3); // permissive, public-domain / content / unknown in this tree
    expect(await page.locator('#components-count').textContent()).toBe(
      `${Math.min(500, result.components.length)} shown of ${result.components.length}`,
    );
    await page.close();
  });

  it('search filters components and findings', async () => {
    const { page } = await open('en');
    await page.fill('#search', 'webpack-sources');
    const rows = await page.locator('#components tbody tr').allTextContents();
    expect(rows.length).toBe(result.components.filter((c) => c.name.includes('webpack-sources')).length);
    expect(rows[0]).toContain('webpack-sources');
    await page.fill('#search', 'policy/license-not-allowed');
    const findings = await page.locator('#findings tbody tr').count();
    expect(findings).toBe(result.diagnostics.filter((d) => d.code === 'policy/license-not-allowed').length);
    expect(findings).toBeGreaterThan(0);
    await page.close();
  });

  it('is in Chinese when asked, and cannot be broken by a hostile package name', async () => {
    const hostile = {
      ...result,
      components: [{ ...result.components[0]!, name: '</script><img src=x onerror=alert(1)>' }],
    };
    const file = join(dir, 'hostile.html');
    writeFileSync(file, await render(hostile, 'html', { lang: 'zh-CN', color: false }));
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => errors.push(`dialog ${d.message()}`));
    await page.goto(`file://${file}`);
    await page.waitForSelector('body[data-ready="1"]');
    expect(errors).toEqual([]);
    expect(await page.locator('h1').textContent()).toContain('Steward 报告');
    expect(await page.locator('#components tbody td').first().textContent()).toBe(
      '</script><img src=x onerror=alert(1)>',
    );
    await page.close();
  });
});
