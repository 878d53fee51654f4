// `steward arch [PATH] [--target loong64|riscv64|arm64|x64 …]`: will this tree and its
// dependencies build and run on the target architecture, and what to do where they won't.
// Inventories the tree (offline), walks it for native artefacts and renders verdicts per target.
import { analyzeArch } from '../../arch/analyze.js';
import { enrichFromRegistry } from '../../arch/registry-lookup.js';
import { renderArchJson, renderArchTable } from '../../arch/render.js';
import { TARGET_NAMES } from '../../arch/targets.js';
import type { ArchReport } from '../../arch/types.js';
import { translate } from '../../i18n/catalogue.js';
import { scan, ScanInputError } from '../../pipeline/scan.js';
import { isDirectory } from '../../util/fs.js';
import { formatOutputPairs, singlePath } from '../args.js';
import type { CommandModule } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { outputOptions, type OptionDef } from '../options.js';
import { writeOutput } from '../write-output.js';

const DEFAULT_REGISTRY = 'https://registry.npmjs.org/';

const OPTIONS: OptionDef[] = [
  ...outputOptions(['table', 'json']),
  {
    name: 'target',
    type: 'string',
    multiple: true,
    choices: TARGET_NAMES,
    valueName: 'ARCH',
    help: {
      en: `Target architecture: ${TARGET_NAMES.join(', ')} (default loong64). Repeat for several.`,
      'zh-CN': `目标架构：${TARGET_NAMES.join('、')}（默认 loong64）。可重复给出多个。`,
    },
  },
  {
    name: 'network',
    type: 'boolean',
    help: {
      en: 'Allow one registry request per package set with no build for the target, to find the first version that has one.',
      'zh-CN': '允许对每个缺少目标架构构建的软件包组发起一次注册表请求，查找首个提供该构建的版本。',
    },
  },
  {
    name: 'registry',
    type: 'string',
    valueName: 'URL',
    help: {
      en: `npm registry for --network (default ${DEFAULT_REGISTRY}).`,
      'zh-CN': `--network 使用的 npm 注册表（默认 ${DEFAULT_REGISTRY}）。`,
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
    const outputs = formatOutputPairs(values, 'table');
    const quiet = Boolean(values.quiet);
    const exclude = (values.exclude as string[] | undefined) ?? [];
    const targets = (values.target as string[] | undefined) ?? ['loong64'];
    const say = (text: string) => io.stderr.write(`steward: ${text}\n`);
    if (!(await isDirectory(path))) {
      say(translate(lang, 'cli.error.not-found', { path }));
      return EXIT.usage;
    }
    let result;
    try {
      result = await scan(path, { exclude, analyzers: [] });
    } catch (err) {
      if (err instanceof ScanInputError) {
        say(translate(lang, 'cli.error.not-found', { path: err.path }));
        return EXIT.usage;
      }
      throw err;
    }
    const reports: ArchReport[] = targets.map((target) => analyzeArch(path, result, { target, exclude }));
    // The network only when asked for, and never together with --offline.
    if (values.network && !values.offline) {
      const registry = typeof values.registry === 'string' ? values.registry : DEFAULT_REGISTRY;
      for (const r of reports) {
        const { failed } = await enrichFromRegistry(r, registry);
        if (!quiet) for (const f of failed) say(translate(lang, 'ui.arch.registry-failed', { detail: f }));
      }
    }
    for (const out of outputs) {
      const text =
        out.format === 'json'
          ? reports.length === 1
            ? renderArchJson(reports[0]!, path)
            : `[\n${reports.map((r) => renderArchJson(r, path).trimEnd()).join(',\n')}\n]\n`
          : reports.map((r) => renderArchTable(r, lang)).join('\n');
      const written = await writeOutput(io, lang, text, out, quiet);
      if (!written.ok) {
        say(written.message);
        return EXIT.usage;
      }
    }
    if (reports.some((r) => r.verdict === 'blocked' || r.verdict === 'port')) return EXIT.policy;
    return EXIT.ok;
  },
};
