// Help text, generated from the command registry, the option definitions and the exit-code table.
import type { Lang } from '../core/analyzer.js';
import { translate } from '../i18n/catalogue.js';
import type { CommandModule } from './command.js';
import { COMMANDS } from './commands/registry.js';
import { EXIT, EXIT_HELP } from './exit-codes.js';
import { COMMON_OPTIONS, type OptionDef } from './options.js';

const colon = (lang: Lang) => (lang === 'zh-CN' ? '：' : ':');

function optionLines(defs: OptionDef[], lang: Lang): string[] {
  return defs.map((o) => {
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${o.name}${o.valueName ? ` ${o.valueName}` : ''}`;
    return `  ${flag.padEnd(28)}${o.help[lang]}`;
  });
}

export function helpText(lang: Lang, name: string, mod: CommandModule): string {
  const lines = [
    `${translate(lang, 'cli.help.usage')}${colon(lang)} steward ${name} ${mod.usage} [options]`,
    '',
    `${translate(lang, 'cli.help.commands')}${colon(lang)}`,
    ...COMMANDS.map((c) => `  ${c.name.padEnd(12)}${c.summary[lang]}`),
    `  ${'help'.padEnd(12)}${translate(lang, 'cli.command.help')}`,
    `  ${'version'.padEnd(12)}${translate(lang, 'cli.command.version')}`,
    '',
    `${translate(lang, 'cli.help.options')}${colon(lang)}`,
    ...optionLines([...mod.options, ...COMMON_OPTIONS], lang),
    '',
    `${translate(lang, 'cli.help.exit-codes')}${colon(lang)}`,
  ];
  for (const [k, code] of Object.entries(EXIT))
    lines.push(`  ${String(code).padEnd(4)}${EXIT_HELP[k as keyof typeof EXIT][lang]}`);
  return lines.join('\n') + '\n';
}
