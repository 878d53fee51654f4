// `steward scan [PATH]`: inventory a tree and render it in one or more formats.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ReportError } from '../../core/analyzer.js';
import { translate } from '../../i18n/catalogue.js';
import { scan, ScanInputError } from '../../pipeline/scan.js';
import { formatDiagnostic } from '../../report/format-diagnostic.js';
import { REPORTERS } from '../../report/registry.js';
import { render } from '../../report/render.js';
import { formatOutputPairs, singlePath, UsageError } from '../args.js';
import type { CommandModule } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { outputOptions, type OptionDef } from '../options.js';
import { progressDrawer } from '../progress.js';
import { POLICY_OPTIONS, reportGate, setupPolicy } from './scan-policy.js';
import { MAVEN_OPTIONS, mavenBuild } from './maven-options.js';
import { databaseDir, DB_OPTION } from './db-option.js';
import { writeOutput } from '../write-output.js';

const SCAN_OPTIONS: OptionDef[] = [
  ...outputOptions(REPORTERS.map((r) => r.id)),
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
    name: 'rootfs',
    type: 'string',
    valueName: 'DIR',
    help: {
      en: 'Scan DIR as a root filesystem: list the installed OS packages (dpkg, rpm, apk) and identify the OS. Replaces PATH.',
      'zh-CN':
        '将 DIR 作为根文件系统扫描：列出已安装的操作系统软件包（dpkg、rpm、apk）并识别操作系统。代替 PATH。',
    },
  },
  {
    name: 'maven-repo',
    type: 'string',
    valueName: 'DIR',
    help: {
      en: 'Local Maven repository to resolve Maven dependencies from, offline (default ~/.m2/repository when it exists).',
      'zh-CN': '用于离线解析 Maven 依赖的本地 Maven 仓库（默认为存在时的 ~/.m2/repository）。',
    },
  },
  ...MAVEN_OPTIONS,
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
    name: 'no-health',
    type: 'boolean',
    help: {
      en: 'Leave out project health (read from git history when PATH is the top of a repository).',
      'zh-CN': '不统计项目健康度（当 PATH 是仓库顶层目录时，从 git 历史读取）。',
    },
  },
  DB_OPTION,
  ...POLICY_OPTIONS,
];

function maxFileBytes(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb <= 0)
    throw new UsageError('cli.error.bad-value', {
      option: '--max-file-size',
      value,
      expected: 'a positive number of MB',
    });
  return Math.round(mb * 1024 * 1024);
}

export const command: CommandModule = {
  options: SCAN_OPTIONS,
  usage: '[PATH]',
  async run({ io, env, lang }, values, positionals) {
    const rootfs = typeof values.rootfs === 'string' ? values.rootfs : undefined;
    if (rootfs !== undefined && positionals.length)
      throw new UsageError('cli.error.usage', {
        detail: '--rootfs DIR replaces PATH; give only one of them',
      });
    const path = rootfs ?? singlePath(positionals);
    const targets = formatOutputPairs(values, 'table');
    const limit = maxFileBytes(values['max-file-size']);
    const quiet = Boolean(values.quiet);
    const fail = (code: number, message: string) => {
      io.stderr.write(`steward: ${message}\n`);
      return code as typeof EXIT.usage;
    };

    const { setup, error } = await setupPolicy(values, path, lang);
    if (error) return fail(EXIT.usage, error);

    const progress = !quiet && io.stderr.isTTY ? progressDrawer(io.stderr, lang) : undefined;
    let result;
    try {
      result = await scan(path, {
        exclude: (values.exclude as string[] | undefined) ?? [],
        ...(rootfs !== undefined ? { rootfs: true } : {}),
        ...(limit ? { maxFileBytes: limit } : {}),
        mavenRepo:
          typeof values['maven-repo'] === 'string'
            ? values['maven-repo']
            : join(homedir(), '.m2', 'repository'),
        mavenBuild: mavenBuild(values),
        ...(progress ? { onEvent: progress.onEvent } : {}),
        ...(setup ? { policy: setup.policy } : {}),
        ...(values['no-health'] ? { health: false as const } : {}),
        vulnDb: databaseDir(env, values),
      });
    } catch (err) {
      progress?.clear();
      if (err instanceof ScanInputError)
        return fail(
          EXIT.usage,
          translate(lang, err.reason === 'not-found' ? 'cli.error.not-found' : 'cli.error.not-scannable', {
            path: err.path,
          }),
        );
      throw err;
    }

    const color = !env.noColor && Boolean(io.stdout.isTTY);
    const specVersion = typeof values['spec-version'] === 'string' ? values['spec-version'] : undefined;
    // Render every report before writing any, so a failing render leaves all previous files as they were.
    const texts: string[] = [];
    for (const target of targets) {
      try {
        texts.push(
          await render(result, target.format, {
            lang,
            color: color && !target.output,
            ...(specVersion ? { specVersion } : {}),
          }),
        );
      } catch (err) {
        if (!(err instanceof ReportError)) throw err;
        const detail = [err.message, ...err.details.slice(0, 3)].join('; ');
        return fail(EXIT.internal, translate(lang, 'cli.error.report', { format: target.format, detail }));
      }
    }
    for (const [i, target] of targets.entries()) {
      const written = await writeOutput(io, lang, texts[i]!, target, quiet);
      if (!written.ok) return fail(EXIT.usage, written.message);
    }

    // The table on stdout already lists problems; otherwise each goes to stderr as one line.
    const tableOnStdout = targets.some((t) => t.format === 'table' && !t.output);
    if (!tableOnStdout && !quiet) {
      for (const d of result.diagnostics)
        if (d.severity !== 'note') io.stderr.write(`steward: ${formatDiagnostic(d, lang)}\n`);
      if (!result.status.complete) {
        const count = result.status.failures.length + result.status.skipped.length;
        io.stderr.write(`steward: ${translate(lang, 'ui.incomplete', { count })}\n`);
      }
    }
    if (setup && reportGate(io, lang, result, setup, tableOnStdout || !quiet) === EXIT.policy)
      return EXIT.policy;
    if (result.projects.length === 0 && result.status.failures.length === 0) return EXIT.nothing;
    if (!result.status.complete) return EXIT.incomplete;
    return EXIT.ok;
  },
};
