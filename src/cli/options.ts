// Option definitions. Each flag is defined once — common flags here, command flags beside their
// command — and the parser, the help text and docs/cli.md all derive from these definitions.
export interface OptionDef {
  name: string;
  short?: string;
  type: 'string' | 'boolean';
  multiple?: boolean;
  /** Allowed values, when the flag takes one of a fixed set. */
  choices?: string[];
  valueName?: string;
  help: { en: string; 'zh-CN': string };
}

/** Flags every command accepts. */
export const COMMON_OPTIONS: OptionDef[] = [
  {
    name: 'lang',
    type: 'string',
    choices: ['en', 'zh-CN'],
    valueName: 'LANG',
    help: {
      en: 'Language of human-readable text (default: from STEWARD_LANG, LC_ALL, LC_MESSAGES or LANG).',
      'zh-CN': '人类可读文本的语言（默认取自 STEWARD_LANG、LC_ALL、LC_MESSAGES 或 LANG）。',
    },
  },
  {
    name: 'offline',
    type: 'boolean',
    help: {
      en: 'Guarantee no network access (the default; Steward never uses the network unless asked).',
      'zh-CN': '保证不访问网络（默认如此；除非明确要求，Steward 从不联网）。',
    },
  },
  {
    name: 'quiet',
    short: 'q',
    type: 'boolean',
    help: {
      en: 'Print no progress and no summary on standard error.',
      'zh-CN': '不在标准错误输出上打印进度和摘要。',
    },
  },
  {
    name: 'help',
    short: 'h',
    type: 'boolean',
    help: { en: 'Show help.', 'zh-CN': '显示帮助。' },
  },
];

/** --format / --output pairs, shared by commands that render reports. */
export function outputOptions(formats: string[]): OptionDef[] {
  return [
    {
      name: 'format',
      short: 'f',
      type: 'string',
      multiple: true,
      choices: formats,
      valueName: 'FORMAT',
      help: {
        en: `Output format: ${formats.join(', ')}. Repeat to write several, paired in order with --output.`,
        'zh-CN': `输出格式：${formats.join('、')}。可重复给出，与 --output 按顺序配对。`,
      },
    },
    {
      name: 'output',
      short: 'o',
      type: 'string',
      multiple: true,
      valueName: 'FILE',
      help: {
        en: 'Write the report to FILE (atomically) instead of standard output.',
        'zh-CN': '将报告（原子地）写入 FILE，而不是标准输出。',
      },
    },
  ];
}
