// The pull-request summary over real scans: policy outcome first, counts by category, the top
// violations with their lockfile lines, details folded away, in English and Chinese.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../core/result.js';
import { scan } from '../../pipeline/scan.js';
import { presetPolicy } from '../../policy/load.js';
import { render } from '../render.js';
import { scanHealthProject, type HealthScan } from '../__fixtures__/health-scan.js';

const features = new URL('../../ecosystems/npm/__fixtures__/features-v3', import.meta.url).pathname;
let failing: ScanResult;
let passing: ScanResult;
let plain: ScanResult;
let health: HealthScan;

beforeAll(async () => {
  process.env.XDG_CACHE_HOME = mkdtempSync(join(tmpdir(), 'steward-md-cache-'));
  failing = await scan(features, { policy: presetPolicy('enterprise-distribution')! });
  passing = await scan(features, { policy: { licenses: { deny: ['network-copyleft'] } } });
  plain = await scan(features);
  health = await scanHealthProject();
});
afterAll(() => health?.cleanup());

const markdown = (r: ScanResult, lang: 'en' | 'zh-CN' = 'en') =>
  render(r, 'markdown', { lang, color: false });

describe('markdown reporter', () => {
  it('leads with the failed policy and lists the violations with their lockfile lines', async () => {
    const text = await markdown(failing);
    const lines = text.split('\n');
    expect(lines[0]).toBe('### Steward scan summary');
    expect(lines[2]).toBe('**❌ Policy failed: 2 violations**');
    expect(text).toContain('| Policy | 2 | 0 | 1 |');
    expect(text).toMatch(/^- `package-lock\.json:\d+` git-dep@1\.0\.0: fetched from git/m);
    expect(text).toContain('40 components (39 prod, 1 dev only)');
  });

  it('says passed when a policy ran and found nothing, and says so when none ran', async () => {
    expect(await markdown(passing)).toContain('**✅ Policy passed**');
    const none = await markdown(plain);
    expect(none).toContain('No policy was evaluated');
    expect(none).not.toContain('Top violations');
  });

  it('folds details and the license breakdown into collapsible blocks', async () => {
    const text = await markdown(failing);
    expect(text).toContain('<details><summary>Declared licenses (5)</summary>');
    expect(text).toContain('| MIT | 35 |');
    expect(text.match(/<details>/g)?.length).toBe(text.match(/<\/details>/g)?.length);
  });

  it('speaks Chinese', async () => {
    const text = await markdown(failing, 'zh-CN');
    expect(text).toContain('**❌ 策略未通过：2 项违规**');
    expect(text).toContain('| 类别 | 错误 | 警告 | 提示 |');
  });

  it('escapes names that would break the comment', async () => {
    const hostile: ScanResult = {
      ...failing,
      components: failing.components.map((c, i) =>
        i === 0 ? { ...c, declaredLicense: 'MIT | <img src=x>' } : c,
      ),
    };
    const text = await markdown(hostile);
    expect(text).toContain('| MIT \\| \\<img src=x\\> | 1 |');
    expect(text).not.toMatch(/[^\\]<img/);
  });

  it('shows project health when the scan read git history: stage, bus factor, contributors, release, unmet criteria', async () => {
    const text = await markdown(health.result);
    const block = text.slice(text.indexOf('#### Health'), text.indexOf('| Category |'));
    expect(block).toBe(
      [
        '#### Health',
        '',
        'Maturity stage: **Sandbox** · bus factor 3 · 5 contributors (5 active) · last release v1.1.0 \\(2024-06-15\\)',
        '',
        '**Unmet for Incubating**',
        '',
        '- Code of conduct',
        '',
        '',
      ].join('\n'),
    );
    expect(text).toContain('maturity stage sandbox is below the incubating stage the policy requires');
    expect(await markdown(failing)).not.toContain('#### Health');
  });

  it('shows project health in Chinese', async () => {
    const text = await markdown(health.result, 'zh-CN');
    expect(text).toContain('#### 健康度');
    expect(text).toContain('成熟度阶段：**沙箱** · 巴士因子 3 · 贡献者 5 名（活跃 5 名）');
    expect(text).toContain('**进入“孵化中”尚未满足的条件**');
    expect(text).toContain('- 有行为准则');
  });
});
