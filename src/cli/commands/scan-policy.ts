// The policy side of `steward scan`: --policy, --fail-on and --baseline, loading steward.yaml
// (default: at the scan root when present) and turning the gate's decision into stderr lines and
// an exit code. Kept apart from scan.ts so the scan command stays about scanning.
import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Lang } from '../../core/analyzer.js';
import type { ScanResult } from '../../core/result.js';
import { translate } from '../../i18n/catalogue.js';
import { baselineFingerprints, BaselineError, readBaseline } from '../../policy/baseline.js';
import { PolicyError } from '../../policy/errors.js';
import { applyFailOn, FAIL_ON, gate, isFailOn, type FailOn } from '../../policy/gate.js';
import { DEFAULT_POLICY_FILE, loadPolicy, presetPolicy } from '../../policy/load.js';
import type { Policy } from '../../policy/types.js';
import { formatDiagnostic } from '../../report/format-diagnostic.js';
import type { Io } from '../command.js';
import { EXIT } from '../exit-codes.js';
import type { OptionDef } from '../options.js';

export const POLICY_OPTIONS: OptionDef[] = [
  {
    name: 'policy',
    type: 'string',
    valueName: 'FILE',
    help: {
      en: `Policy file to gate on (default: ${DEFAULT_POLICY_FILE} in the scanned directory, if present), or a preset name: permissive-only, foundation-incubation, enterprise-distribution.`,
      'zh-CN': `用于门禁的策略文件（默认：扫描目录中的 ${DEFAULT_POLICY_FILE}，如果存在），或预设名称：permissive-only、foundation-incubation、enterprise-distribution。`,
    },
  },
  {
    name: 'fail-on',
    type: 'string',
    choices: [...FAIL_ON],
    valueName: 'LEVEL',
    help: {
      en: 'Override the gate: a vulnerability severity (low, medium, high, critical) replaces the policy threshold; warning makes policy warnings fail too; never reports without failing.',
      'zh-CN':
        '覆盖门禁设置：漏洞严重程度（low、medium、high、critical）替换策略阈值；warning 使策略警告也导致失败；never 只报告不失败。',
    },
  },
  {
    name: 'baseline',
    type: 'string',
    valueName: 'OLD.json',
    help: {
      en: 'A previous steward scan --format json result: fail only on policy violations it does not already have.',
      'zh-CN': '先前 steward scan --format json 的结果：只对其中没有的策略违规判定失败。',
    },
  },
];

export interface PolicySetup {
  file: string;
  policy: Policy;
  failOn?: FailOn;
  baseline?: Set<string>;
}

type Values = Record<string, string | boolean | string[] | undefined>;

/** Loads the policy and baseline before the scan, so a bad file fails fast with exit 2. */
export async function setupPolicy(
  values: Values,
  scanPath: string,
  lang: Lang,
): Promise<{ setup?: PolicySetup; error?: string }> {
  const failOn =
    typeof values['fail-on'] === 'string' && isFailOn(values['fail-on']) ? values['fail-on'] : undefined;
  let file = typeof values.policy === 'string' ? values.policy : undefined;
  let policy: Policy | undefined;
  try {
    if (file && presetPolicy(file) && !(await exists(file))) policy = presetPolicy(file);
    else {
      file ??= await defaultPolicyFile(scanPath);
      if (file) policy = (await loadPolicy(file)).policy;
    }
  } catch (err) {
    if (err instanceof PolicyError)
      return { error: translate(lang, 'cli.error.policy', { detail: err.message }) };
    throw err;
  }
  const baselinePath = typeof values.baseline === 'string' ? values.baseline : undefined;
  // `--fail-on high` alone is a policy of one rule: fail on advisories of that severity or worse.
  if ((!file || !policy) && failOn && failOn !== 'warning' && failOn !== 'never') {
    file = `--fail-on ${failOn}`;
    policy = {};
  }
  if (!file || !policy) {
    if (baselinePath || failOn)
      return {
        error: translate(lang, 'cli.error.no-policy', { option: baselinePath ? '--baseline' : '--fail-on' }),
      };
    return {};
  }
  policy = applyFailOn(policy, failOn);
  const setup: PolicySetup = { file, policy, ...(failOn ? { failOn } : {}) };
  if (baselinePath) {
    try {
      setup.baseline = baselineFingerprints(await readBaseline(baselinePath), policy);
    } catch (err) {
      if (err instanceof BaselineError)
        return { error: translate(lang, 'cli.error.baseline', { file: err.file, detail: err.detail }) };
      throw err;
    }
  }
  return { setup };
}

/** Writes the gate's summary to stderr and returns EXIT.policy when it fails. */
export function reportGate(
  io: Io,
  lang: Lang,
  result: ScanResult,
  setup: PolicySetup,
  listed: boolean,
): number {
  const g = gate(result.diagnostics, setup.failOn, setup.baseline);
  const line = (text: string) => io.stderr.write(`steward: ${text}\n`);
  if (g.notEvaluated.length)
    line(
      translate(lang, 'ui.policy.not-evaluated', {
        count: g.notEvaluated.length,
        rules: g.notEvaluated.map((d) => `${d.params.rule} (${d.params.reason})`).join(', '),
      }),
    );
  if (g.inBaseline) line(translate(lang, 'ui.policy.baseline', { count: g.inBaseline }));
  if (!g.failed) {
    line(translate(lang, 'ui.policy.passed', { file: setup.file, warnings: g.warnings.length }));
    return EXIT.ok;
  }
  const byRule = new Map<string, number>();
  for (const d of g.violations) {
    const rule = String((d.data as { rule?: string } | undefined)?.rule ?? d.code);
    byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
  }
  const rules = [...byRule].map(([rule, n]) => `${rule} ${n}`).join(', ');
  line(translate(lang, 'ui.policy.failed', { count: g.violations.length, file: setup.file, rules }));
  // The violations themselves are already on screen when the table or the diagnostics were printed.
  if (!listed) {
    for (const d of g.violations.slice(0, 10)) line(formatDiagnostic(d, lang));
    if (g.violations.length > 10)
      line(translate(lang, 'ui.policy.more', { count: g.violations.length - 10 }));
  }
  return EXIT.policy;
}

async function defaultPolicyFile(scanPath: string): Promise<string | undefined> {
  const st = await stat(scanPath).catch(() => undefined);
  if (!st) return undefined;
  const candidate = join(st.isDirectory() ? scanPath : dirname(scanPath), DEFAULT_POLICY_FILE);
  return (await exists(candidate)) ? candidate : undefined;
}

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}
