// Help text, generated from the option and exit-code tables.
import type { Lang } from '../core/analyzer.js';
import { translate } from '../i18n/catalogue.js';
import { EXIT } from './exit-codes.js';
import { SCAN_OPTIONS } from './options.js';

const EXIT_HELP: Record<keyof typeof EXIT, { en: string; 'zh-CN': string }> = {
  ok: { en: 'success', 'zh-CN': '成功' },
  policy: { en: 'policy violation (reserved for the policy gate)', 'zh-CN': '违反策略（为策略门禁保留）' },
  usage: { en: 'usage or configuration error', 'zh-CN': '用法或配置错误' },
  nothing: { en: 'nothing to scan', 'zh-CN': '没有可扫描的内容' },
  incomplete: {
    en: 'scan incomplete (results printed, marked incomplete)',
    'zh-CN': '扫描不完整（结果仍会输出，并标记为不完整）',
  },
  internal: { en: 'internal error', 'zh-CN': '内部错误' },
};

export function helpText(lang: Lang): string {
  const lines = [
    `${translate(lang, 'cli.help.usage')}: steward [scan] [PATH] [options]`,
    '',
    `${translate(lang, 'cli.help.commands')}:`,
    `  scan [PATH]   ${translate(lang, 'cli.command.scan')}`,
    `  help          ${translate(lang, 'cli.command.help')}`,
    `  version       ${translate(lang, 'cli.command.version')}`,
    '',
    `${translate(lang, 'cli.help.options')}:`,
  ];
  for (const o of SCAN_OPTIONS) {
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${o.name}${o.valueName ? ` ${o.valueName}` : ''}`;
    lines.push(`  ${flag.padEnd(28)}${o.help[lang]}`);
  }
  lines.push('', `${translate(lang, 'cli.help.exit-codes')}:`);
  for (const [k, code] of Object.entries(EXIT))
    lines.push(`  ${String(code).padEnd(4)}${EXIT_HELP[k as keyof typeof EXIT][lang]}`);
  return lines.join('\n') + '\n';
}
