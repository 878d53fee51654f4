// `steward licenses [PATH]`: detect licenses in every file of a tree (dependency trees included),
// compare declared and detected licenses per package, and check each against an outbound license.
import { isDirectory } from '../../util/fs.js';
import { normaliseExpression } from '../../licenses/expression.js';
import { buildReport, renderTable } from '../../licenses/report.js';
import { scanTree } from '../../licenses/scan-tree.js';
import { translate } from '../../i18n/catalogue.js';
import { formatOutputPairs, singlePath, UsageError } from '../args.js';
import type { CommandModule } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { outputOptions, type OptionDef } from '../options.js';
import { writeOutput } from '../write-output.js';

const OPTIONS: OptionDef[] = [
  ...outputOptions(['table', 'json']),
  {
    name: 'outbound',
    type: 'string',
    valueName: 'EXPR',
    help: {
      en: "SPDX expression the whole is distributed under (default: the project's own declared license).",
      'zh-CN': '整体对外分发所用的 SPDX 许可证表达式（默认取项目自身声明的许可证）。',
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
];

export const command: CommandModule = {
  options: OPTIONS,
  usage: '[PATH]',
  async run({ io, lang }, values, positionals) {
    const path = singlePath(positionals);
    const targets = formatOutputPairs(values, 'table');
    const quiet = Boolean(values.quiet);
    if (!(await isDirectory(path))) {
      io.stderr.write(`steward: ${translate(lang, 'cli.error.not-found', { path })}\n`);
      return EXIT.usage;
    }
    const scan = await scanTree(path, { exclude: (values.exclude as string[] | undefined) ?? [] });
    const outbound = typeof values.outbound === 'string' ? values.outbound : undefined;
    if (outbound !== undefined && !normaliseExpression(outbound).expression)
      throw new UsageError('cli.error.bad-value', {
        option: '--outbound',
        value: outbound,
        expected: 'an SPDX license expression',
      });
    const report = buildReport(path, scan, outbound);
    for (const target of targets) {
      const text =
        target.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderTable(report, lang);
      const written = await writeOutput(io, lang, text, target, quiet);
      if (!written.ok) {
        io.stderr.write(`steward: ${written.message}\n`);
        return EXIT.usage;
      }
    }
    if (report.verdicts.some((v) => v.verdict === 'incompatible')) return EXIT.policy;
    if (report.skipped.some((s) => s.reason === 'unreadable')) return EXIT.incomplete;
    return EXIT.ok;
  },
};
