// Each flag is defined once, here. The parser, the help text and docs/cli.md all come from these
// definitions (a test checks the docs list every flag).
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

export const SCAN_OPTIONS: OptionDef[] = [
  {
    name: 'format',
    short: 'f',
    type: 'string',
    multiple: true,
    choices: ['table', 'json', 'cyclonedx', 'spdx'],
    valueName: 'FORMAT',
    help: {
      en: 'Output format: table, json, cyclonedx, spdx. Repeat to write several, paired in order with --output.',
      'zh-CN': '输出格式：table、json、cyclonedx、spdx。可重复给出，与 --output 按顺序配对。',
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
  {
    name: 'spec-version',
    type: 'string',
    choices: ['1.6', '1.7'],
    valueName: 'VERSION',
    help: {
      en: 'CycloneDX specification version (default 1.6).',
      'zh-CN': 'CycloneDX 规范版本（默认 1.6）。',
    },
  },
  {
    name: 'exclude',
    type: 'string',
    multiple: true,
    valueName: 'PATH',
    help: {
      en: 'Leave out a directory or file name, or a path relative to the scanned directory. Repeatable.',
      'zh-CN': '排除某个目录名、文件名或相对于扫描目录的路径。可重复给出。',
    },
  },
  {
    name: 'max-file-size',
    type: 'string',
    valueName: 'MB',
    help: {
      en: 'Largest manifest or lockfile to parse, in megabytes (default 128).',
      'zh-CN': '可解析的清单或锁文件的最大大小，单位 MB（默认 128）。',
    },
  },
  {
    name: 'lang',
    type: 'string',
    choices: ['en', 'zh-CN'],
    valueName: 'LANG',
    help: {
      en: 'Language of human-readable text (default: from LC_ALL, LC_MESSAGES or LANG).',
      'zh-CN': '人类可读文本的语言（默认取自 LC_ALL、LC_MESSAGES 或 LANG）。',
    },
  },
  {
    name: 'offline',
    type: 'boolean',
    help: {
      en: 'Guarantee no network access (the default; scanning never uses the network unless asked).',
      'zh-CN': '保证不访问网络（默认如此；除非明确要求，扫描从不联网）。',
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
