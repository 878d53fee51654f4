// The terminal table's health line: present, in the report language, only when the scan read git
// history; the component rows and summary stay as they were.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanHealthProject, type HealthScan } from './__fixtures__/health-scan.js';
import { render } from './render.js';

let health: HealthScan;

beforeAll(async () => {
  health = await scanHealthProject();
});
afterAll(() => health?.cleanup());

const table = (result: HealthScan['result'], lang: 'en' | 'zh-CN' = 'en') =>
  render(result, 'table', { lang, color: false });

describe('table reporter', () => {
  it('ends with one health line when the scan read git history', async () => {
    const lines = (await table(health.result)).trimEnd().split('\n');
    const summary = lines.findIndex((l) => /^\d+ components in \d+ projects/.test(l));
    expect(summary).toBeGreaterThan(0);
    expect(lines[summary + 1]).toBe(
      'health: stage Sandbox, bus factor 3, 5 contributors (5 active), last release v1.1.0 (2024-06-15)',
    );
    expect(lines.filter((l) => l.startsWith('health:'))).toHaveLength(1);
  });

  it('translates it, and leaves it out without health data', async () => {
    expect(await table(health.result, 'zh-CN')).toContain(
      '健康度：阶段 沙箱，巴士因子 3，贡献者 5 名（活跃 5 名），最近发布 v1.1.0 (2024-06-15)',
    );
    const { health: _, ...without } = health.result;
    expect(await table(without)).not.toContain('health:');
  });
});
