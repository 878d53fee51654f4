// `steward health [PATH|GIT_DIR]`: project health and maturity from a repository's git history,
// offline. JSON prints the report object as is; the table is translated. Exit 2 when PATH is not
// a git repository, 4 when the history could be read only in part.
import { basename, dirname, resolve } from 'node:path';
import { load } from 'js-yaml';
import { analyzeHealth } from '../../health/analyze.js';
import { scan } from '../../pipeline/scan.js';
import { ModelError, parseModel, type MaturityModel } from '../../health/maturity-model.js';
import { orgMapFrom } from '../../health/organizations.js';
import { renderHealthTable } from '../../health/render-table.js';
import { RepositoryError } from '../../health/repository.js';
import { translate } from '../../i18n/catalogue.js';
import { formatDiagnostic } from '../../report/format-diagnostic.js';
import { readTextUnder } from '../../util/fs.js';
import { formatOutputPairs, singlePath, UsageError } from '../args.js';
import type { CommandModule } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { outputOptions, type OptionDef } from '../options.js';
import { writeOutput } from '../write-output.js';

const HEALTH_OPTIONS: OptionDef[] = [
  ...outputOptions(['table', 'json']),
  {
    name: 'since',
    type: 'string',
    valueName: 'DATE',
    help: {
      en: 'Only count commits after DATE (any date git log --since accepts).',
      'zh-CN': '只统计 DATE 之后的提交（git log --since 接受的任何日期）。',
    },
  },
  {
    name: 'window',
    type: 'string',
    valueName: 'SPAN',
    help: {
      en: 'Length of the activity window: days, or a number with d, w, m or y (default 90d).',
      'zh-CN': '活跃度统计窗口的长度：天数，或带 d、w、m、y 后缀的数字（默认 90d）。',
    },
  },
  {
    name: 'org-map',
    type: 'string',
    valueName: 'FILE',
    help: {
      en: 'YAML or JSON map of email domains to organisation names; wins over the built-in rules.',
      'zh-CN': '邮箱域名到组织名称的 YAML 或 JSON 映射；优先于内置规则。',
    },
  },
  {
    name: 'model',
    type: 'string',
    valueName: 'FILE',
    help: {
      en: 'Maturity model in YAML (default: the shipped sandbox → incubating → graduated model).',
      'zh-CN': 'YAML 格式的成熟度模型（默认：内置的 沙箱 → 孵化中 → 已毕业 模型）。',
    },
  },
];

const UNIT_DAYS: Record<string, number> = { d: 1, w: 7, m: 30, y: 365 };

function windowDays(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d+)([dwmy]?)$/.exec(value.trim());
  const days = m ? Number(m[1]) * UNIT_DAYS[m[2] || 'd']! : 0;
  if (!days)
    throw new UsageError('cli.error.bad-value', {
      option: '--window',
      value,
      expected: 'e.g. 90d, 12w, 6m, 1y',
    });
  return days;
}

async function readFileArg(file: string): Promise<string> {
  const full = resolve(file);
  return readTextUnder(dirname(full), basename(full));
}

export const command: CommandModule = {
  options: HEALTH_OPTIONS,
  usage: '[PATH|GIT_DIR]',
  async run({ io, lang }, values, positionals) {
    const path = singlePath(positionals);
    const targets = formatOutputPairs(values, 'table');
    const days = windowDays(values.window);
    const fail = (message: string) => {
      io.stderr.write(`steward: ${message}\n`);
      return EXIT.usage;
    };

    let orgMap: Map<string, string> | undefined;
    if (typeof values['org-map'] === 'string') {
      const file = values['org-map'];
      let parsed: Map<string, string> | string;
      try {
        parsed = orgMapFrom(load(await readFileArg(file)));
      } catch (err) {
        parsed = (err as Error).message.split('\n')[0] ?? String(err);
      }
      if (typeof parsed === 'string')
        return fail(translate(lang, 'cli.error.org-map', { file, detail: parsed }));
      orgMap = parsed;
    }
    let model: MaturityModel | undefined;
    try {
      if (typeof values.model === 'string') model = parseModel(await readFileArg(values.model), values.model);
    } catch (err) {
      const detail =
        err instanceof ModelError ? err.detail : `${values.model as string}: ${(err as Error).message}`;
      return fail(translate(lang, 'cli.error.model', { detail }));
    }

    // The work tree's inventory gives the dependencies-pinned practice; a bare repository has none.
    const inventory = await scan(path, { health: false, analyzers: [] }).catch(() => undefined);
    const components = inventory?.projects.length ? inventory.components : undefined;
    let report;
    try {
      report = await analyzeHealth(path, {
        ...(components ? { components } : {}),
        ...(typeof values.since === 'string' ? { since: values.since } : {}),
        ...(days ? { windowDays: days } : {}),
        ...(orgMap ? { orgMap } : {}),
        ...(model ? { model } : {}),
      });
    } catch (err) {
      if (!(err instanceof RepositoryError)) throw err;
      if (err.reason === 'no-git') return fail(translate(lang, 'cli.error.no-git'));
      if (err.reason === 'not-found') return fail(translate(lang, 'cli.error.not-found', { path }));
      return fail(translate(lang, 'cli.error.not-a-repository', { path, detail: err.detail }));
    }

    const quiet = Boolean(values.quiet);
    for (const target of targets) {
      const text =
        target.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderHealthTable(report, lang);
      const written = await writeOutput(io, lang, text, target, quiet);
      if (!written.ok) return fail(written.message);
    }
    // The table lists problems itself; otherwise warnings go to stderr, one line each.
    const tableOnStdout = targets.some((t) => t.format === 'table' && !t.output);
    if (!tableOnStdout && !quiet)
      for (const d of report.diagnostics)
        if (d.severity !== 'note') io.stderr.write(`steward: ${formatDiagnostic(d, lang)}\n`);
    return report.partial ? EXIT.incomplete : EXIT.ok;
  },
};
