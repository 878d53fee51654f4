// Every exit code Steward uses, in one place. docs/cli.md documents this table and a test checks
// that they agree.
export const EXIT = {
  /** The scan completed (and the policy, if any, passed). */
  ok: 0,
  /** A policy violation (steward.yaml or --policy; docs/policy.md). */
  policy: 1,
  /** Usage or configuration error: bad flags, unknown format, missing path, unwritable output. */
  usage: 2,
  /** Nothing to scan: no supported manifest or lockfile was found. */
  nothing: 3,
  /** The scan is incomplete: some files could not be read or parsed; results are printed, marked partial. */
  incomplete: 4,
  /** An internal error (a bug in Steward). */
  internal: 70,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** What each exit code means, for help text and docs. */
export const EXIT_HELP: Record<keyof typeof EXIT, { en: string; 'zh-CN': string }> = {
  ok: { en: 'success', 'zh-CN': '成功' },
  policy: { en: 'policy violation', 'zh-CN': '违反策略' },
  usage: { en: 'usage or configuration error', 'zh-CN': '用法或配置错误' },
  nothing: { en: 'nothing to scan', 'zh-CN': '没有可扫描的内容' },
  incomplete: {
    en: 'scan incomplete (results printed, marked incomplete)',
    'zh-CN': '扫描不完整（结果仍会输出，并标记为不完整）',
  },
  internal: { en: 'internal error', 'zh-CN': '内部错误' },
};
