// The HTML report's health card in a real browser (Debian's Chromium via playwright-core), over a
// scan of a real git repository: the key figures, the unmet maturity criteria, the practices list
// and the monthly activity chart, in English and Chinese; and the "no health data" card otherwise.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../core/result.js';
import { render } from '../render.js';
import { scanHealthProject, type HealthScan } from '../__fixtures__/health-scan.js';

const CHROMIUM = '/usr/bin/chromium';
const runBrowser = existsSync(CHROMIUM) || Boolean(process.env.CI);
let dir: string;
let fixture: HealthScan;
let browser: Browser;

beforeAll(async () => {
  if (!runBrowser) return;
  dir = mkdtempSync(join(tmpdir(), 'steward-html-health-'));
  fixture = await scanHealthProject();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
});

afterAll(async () => {
  await browser?.close();
  fixture?.cleanup();
});

async function open(result: ScanResult, lang: 'en' | 'zh-CN') {
  const file = join(dir, `health-${lang}-${Math.random().toString(36).slice(2)}.html`);
  writeFileSync(file, await render(result, 'html', { lang, color: false }));
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`file://${file}`);
  await page.waitForSelector('body[data-ready="1"]');
  return { page, errors };
}

const figure = async (page: import('playwright-core').Page, label: string) =>
  (
    await page.locator('#health .figures div', { hasText: label }).locator('dd').first().textContent()
  )?.trim();

describe.skipIf(!runBrowser)('html report: health', () => {
  it('shows the key figures, the stage and what keeps the project from the next one', async () => {
    const { page, errors } = await open(fixture.result, 'en');
    expect(errors).toEqual([]);
    expect(await page.locator('#health-none').count()).toBe(0);
    expect(await figure(page, 'Maturity stage')).toBe('Sandbox');
    expect(await figure(page, 'Contributors')).toBe('5');
    expect(await figure(page, 'Bus factor')).toBe('3');
    expect(await figure(page, 'Elephant factor')).toBe('1');
    expect(await figure(page, 'Releases')).toBe('3');
    expect(await figure(page, 'Last release')).toBe('v1.1.0');
    expect(await page.locator('#health h3', { hasText: 'Unmet for Incubating' }).count()).toBe(1);
    expect(await page.locator('#health .unmet li').allTextContents()).toEqual(['✗ Code of conduct']);
    await page.close();
  });

  it('lists every practice as passed or failed, with its evidence', async () => {
    const { page } = await open(fixture.result, 'en');
    const practices = fixture.result.health!.practices;
    expect(await page.locator('#health .practices li').count()).toBe(practices.length);
    expect(await page.locator('#health .practices li.pass').count()).toBe(
      practices.filter((p) => p.passed === true).length,
    );
    const binaries = page.locator('#health .practices li[data-practice="no-committed-binaries"]');
    expect(await binaries.getAttribute('class')).toBe('fail');
    expect(await binaries.textContent()).toBe('✗ No committed binaries bin/tool.exe');
    await page.close();
  });

  it('draws one bar per month from the first commit to the window end, tallest in the busiest month', async () => {
    const { page } = await open(fixture.result, 'en');
    // 2023-01 .. 2024-07: nineteen months, the empty ones drawn as zero-height bars.
    const bars = page.locator('#chart-health rect.month-bar');
    expect(await bars.count()).toBe(19);
    const heights = await bars.evaluateAll((els) => els.map((e) => Number(e.getAttribute('height'))));
    expect(heights.filter((h) => h > 0).length).toBe(fixture.result.health!.commits.monthly.length);
    expect(heights.indexOf(Math.max(...heights))).toBe(16); // 2024-05: three commits
    expect(await bars.nth(16).locator('title').textContent()).toBe(
      '2024-05: 3 commits, 3 active contributors',
    );
    const points = await page.locator('#chart-health polyline.active-line').getAttribute('points');
    expect(points!.trim().split(/\s+/).length).toBe(19);
    // Painted, not only in the DOM: the chart has a real size on screen.
    const box = await page.locator('#chart-health svg').boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    expect(box!.height).toBeGreaterThan(50);
    expect(await page.locator('#chart-health-legend').textContent()).toContain('commits (max 3)');
    await page.close();
  });

  it('is in Chinese when asked: stage, unmet criteria, practices and chart labels', async () => {
    const { page, errors } = await open(fixture.result, 'zh-CN');
    expect(errors).toEqual([]);
    expect(await page.locator('#health h2').textContent()).toBe('健康度');
    expect(await figure(page, '成熟度阶段')).toBe('沙箱');
    expect(await figure(page, '巴士因子')).toBe('3');
    expect(await page.locator('#health h3', { hasText: '进入“孵化中”尚未满足的条件' }).count()).toBe(1);
    expect(await page.locator('#health .unmet li').allTextContents()).toEqual(['✗ 有行为准则']);
    expect(await page.locator('#health .practices li[data-practice="ci"]').textContent()).toBe(
      '✓ 持续集成 .github/workflows/ci.yml',
    );
    expect(await page.locator('#chart-health rect.month-bar').nth(16).locator('title').textContent()).toBe(
      '2024-05：3 次提交，3 名活跃贡献者',
    );
    expect(await page.locator('#chart-health-legend').textContent()).toContain('提交数（最多 3）');
    await page.close();
  });

  it('says there is no health data when the scan has none, in either language', async () => {
    const { health: _, ...without } = fixture.result;
    for (const [lang, text] of [
      ['en', 'No health data'],
      ['zh-CN', '无健康度数据'],
    ] as const) {
      const { page, errors } = await open(without, lang);
      expect(errors).toEqual([]);
      expect(await page.locator('#health-none').textContent()).toContain(text);
      expect(await page.locator('#chart-health').count()).toBe(0);
      await page.close();
    }
  });

  it('shows hostile tag names, file names and criteria from the repository as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const h = fixture.result.health!;
    const hostile = {
      ...fixture.result,
      health: {
        ...h,
        releases: { ...h.releases, last: { tag: evil, date: h.releases.last!.date } },
        practices: h.practices.map((p) => (p.id === 'license' ? { ...p, evidence: [evil] } : p)),
        maturity: {
          ...h.maturity,
          unmet: h.maturity.unmet.map((c) => ({ ...c, text: { en: evil, 'zh-CN': evil } })),
        },
      },
    };
    const { page, errors } = await open(hostile, 'en');
    const dialogs: string[] = [];
    page.on('dialog', (d) => dialogs.push(d.message()));
    expect(errors).toEqual([]);
    expect(await figure(page, 'Last release')).toBe(evil);
    expect(await page.locator('#health .unmet li').first().textContent()).toBe(`✗ ${evil}`);
    expect(await page.locator('#health .practices li[data-practice="license"]').textContent()).toContain(
      evil,
    );
    expect(await page.locator('#health img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
