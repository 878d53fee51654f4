// `steward audit [PATH] [--sbom FILE]`: matches a source tree's inventory, or an SBOM's
// components, against the local OSV database. Never touches the network; a stale database is a
// warning with its age. Exit 1 when unsuppressed vulnerabilities remain.
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { FileError } from '../../core/plugin.js';
import { translate } from '../../i18n/catalogue.js';
import { readTextUnder } from '../../util/fs.js';
import { audit, NoDatabaseError, type AuditComponents } from '../../vulns/audit.js';
import { readSbom, SbomError } from '../../vulns/sbom-input.js';
import { PolicyError } from '../../policy/errors.js';
import { readVex, SuppressionError, type IgnoreRule, type VexStatement } from '../../vulns/suppress.js';
import { formatOutputPairs, singlePath, UsageError } from '../args.js';
import type { CommandContext, CommandModule } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { outputOptions, type OptionDef } from '../options.js';
import { writeOutput } from '../write-output.js';
import { AUDIT_FORMATS, renderJson, renderTable } from './audit-render.js';
import { databaseDir, DB_OPTION } from './db-option.js';

const DEFAULT_MAX_AGE_DAYS = 7;

const AUDIT_OPTIONS: OptionDef[] = [
  ...outputOptions(AUDIT_FORMATS),
  DB_OPTION,
  {
    name: 'sbom',
    type: 'string',
    valueName: 'FILE',
    help: {
      en: 'Audit the components of a CycloneDX (1.4–1.7) or SPDX 2.3 JSON SBOM instead of a source tree.',
      'zh-CN': '审计 CycloneDX（1.4–1.7）或 SPDX 2.3 JSON 格式 SBOM 中的组件，而不是源码目录。',
    },
  },
  {
    name: 'vex',
    type: 'string',
    multiple: true,
    valueName: 'FILE',
    help: {
      en: 'OpenVEX or CycloneDX VEX document; not_affected statements suppress findings. Repeatable.',
      'zh-CN': 'OpenVEX 或 CycloneDX VEX 文档；其中 not_affected 的声明会抑制相应结果。可重复给出。',
    },
  },
  {
    name: 'config',
    type: 'string',
    valueName: 'FILE',
    help: {
      en: 'Policy file whose vulnerability ignores apply (default: steward.yaml in PATH, if present); read and validated as steward scan reads it.',
      'zh-CN':
        '其漏洞忽略规则生效的策略文件（默认：PATH 下的 steward.yaml，若存在）；与 steward scan 一样读取并校验。',
    },
  },
  {
    name: 'max-age',
    type: 'string',
    valueName: 'DAYS',
    help: {
      en: `Warn when the database is older than DAYS days (default ${DEFAULT_MAX_AGE_DAYS}).`,
      'zh-CN': `数据库超过 DAYS 天未更新时给出警告（默认 ${DEFAULT_MAX_AGE_DAYS}）。`,
    },
  },
];

async function readFileText(path: string): Promise<string> {
  return readTextUnder(dirname(resolve(path)), basename(path));
}

async function fromSbom(file: string): Promise<AuditComponents> {
  const sbom = readSbom(await readFileText(file));
  return { purls: sbom.purls, edges: sbom.edges, roots: sbom.roots };
}

/** The path to audit does not exist or cannot be scanned (the pipeline's ScanInputError). */
class TreeInputError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}

// The scan pipeline (every ecosystem plugin) loads only for a source tree, so that an SBOM audit
// starts fast. The inventory is all audit needs: no analyzer runs.
async function fromTree(path: string): Promise<AuditComponents & { complete: boolean }> {
  const [{ scan, ScanInputError }, { osvEcosystems }] = await Promise.all([
    import('../../pipeline/scan.js'),
    import('../../analyze/vulns/index.js'),
  ]);
  let result;
  try {
    result = await scan(path, { analyzers: [] });
  } catch (err) {
    if (err instanceof ScanInputError) throw new TreeInputError(err.path, err.reason);
    throw err;
  }
  const roots = [
    ...new Set(result.relationships.map((r) => r.from).filter((f) => f.startsWith('importer:'))),
  ];
  return {
    purls: result.components.map((c) => c.purl),
    osvEcosystems: osvEcosystems(result.components),
    edges: result.relationships.map((r) => ({ from: r.from, to: r.to })),
    roots,
    complete: result.status.complete,
  };
}

async function suppressions(
  values: Record<string, unknown>,
  path: string,
): Promise<{ ignores: IgnoreRule[]; vex: VexStatement[] }> {
  const explicit = typeof values.config === 'string' ? values.config : undefined;
  const implicit = join(path, 'steward.yaml');
  const config = explicit ?? (existsSync(implicit) ? implicit : undefined);
  const ignores = config ? await policyIgnores(config) : [];
  const vex: VexStatement[] = [];
  for (const file of (values.vex as string[] | undefined) ?? [])
    vex.push(...vexFrom(file, await wrap(file, readFileText(file))));
  return { ignores, vex };
}

/**
 * The ignores of a policy file, read by the policy loader (the one reader of steward.yaml), so
 * audit and the scan gate accept and refuse the same files. Loaded lazily: most audits have none.
 */
async function policyIgnores(file: string): Promise<IgnoreRule[]> {
  const { loadPolicy } = await import('../../policy/load.js');
  return (await loadPolicy(file)).policy.vulnerabilities?.ignore ?? [];
}

/** Attaches the file name to errors while reading an input. */
async function wrap<T>(file: string, p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (err) {
    if (err instanceof FileError) throw new InputError(file, err.detail ?? err.reason);
    throw err;
  }
}

function vexFrom(file: string, text: string): VexStatement[] {
  try {
    return readVex(text, file);
  } catch (err) {
    if (err instanceof SuppressionError) throw new InputError(file, err.message);
    throw err;
  }
}

class InputError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}

function maxAge(value: unknown): number {
  if (typeof value !== 'string') return DEFAULT_MAX_AGE_DAYS;
  const days = Number(value);
  if (!Number.isFinite(days) || days < 0)
    throw new UsageError('cli.error.bad-value', { option: '--max-age', value, expected: 'a number of days' });
  return days;
}

export const command: CommandModule = {
  options: AUDIT_OPTIONS,
  usage: '[PATH]',
  async run(ctx: CommandContext, values, positionals) {
    const { io, lang } = ctx;
    const path = singlePath(positionals);
    const targets = formatOutputPairs(values, 'table');
    const staleAfter = maxAge(values['max-age']);
    const sbom = typeof values.sbom === 'string' ? values.sbom : undefined;
    const dbDir = databaseDir(ctx.env, values);
    const say = (text: string) => io.stderr.write(`steward: ${text}\n`);
    let components: AuditComponents & { complete?: boolean };
    let rules;
    try {
      components = sbom ? await wrap(sbom, fromSbom(sbom)) : await fromTree(path);
      rules = await suppressions(values, sbom ? '.' : path);
    } catch (err) {
      if (err instanceof TreeInputError) {
        say(
          translate(lang, err.reason === 'not-found' ? 'cli.error.not-found' : 'cli.error.not-scannable', {
            path: err.path,
          }),
        );
        return EXIT.usage;
      }
      if (err instanceof PolicyError) {
        say(translate(lang, 'cli.error.policy', { detail: err.message }));
        return EXIT.usage;
      }
      const input = err instanceof SbomError ? new InputError(sbom ?? path, err.detail) : err;
      if (input instanceof InputError) {
        say(translate(lang, 'cli.error.input', { file: input.file, detail: input.detail }));
        return EXIT.usage;
      }
      throw err;
    }
    let report;
    try {
      report = await audit(components, { dbDir, ...rules });
    } catch (err) {
      if (!(err instanceof NoDatabaseError)) throw err;
      say(translate(lang, 'cli.error.no-database', { dir: dbDir }));
      return EXIT.usage;
    }
    const quiet = Boolean(values.quiet);
    if (!quiet) {
      if (report.database.ageDays !== null && report.database.ageDays > staleAfter)
        say(translate(lang, 'vuln/stale-database', { dir: dbDir, days: report.database.ageDays }));
      for (const r of report.expiredIgnores)
        say(translate(lang, 'vuln/ignore-expired', { id: r.id, expires: r.expires ?? '' }));
      for (const n of report.notEvaluable)
        say(translate(lang, 'vuln/not-evaluable', { purl: n.purl, id: n.id }));
      if (report.unmapped) say(translate(lang, 'vuln/unmapped', { count: report.unmapped }));
    }
    const source = sbom ? { sbom } : { path };
    for (const target of targets) {
      const text = target.format === 'json' ? renderJson(report, source) : renderTable(report, lang);
      const written = await writeOutput(io, lang, text, target, quiet);
      if (!written.ok) {
        say(written.message);
        return EXIT.usage;
      }
    }
    if (report.vulnerabilities.length) return EXIT.policy;
    return components.complete === false ? EXIT.incomplete : EXIT.ok;
  },
};
