// `steward db import PATH | pull [--ecosystem E]... [--mirror URL] | status`: manages the local
// OSV database that `audit` and the scan's vulnerability analyzer read. Only `pull` uses the
// network, and only when asked.
import { FileError } from '../../core/plugin.js';
import { translate } from '../../i18n/catalogue.js';
import { importPath } from '../../vulns/db/import.js';
import {
  DEFAULT_MIRROR,
  DEFAULT_PULL_ECOSYSTEMS,
  DownloadError,
  pullEcosystem,
} from '../../vulns/db/pull.js';
import { readMeta } from '../../vulns/db/store.js';
import type { InvalidRecord } from '../../vulns/db/read-sources.js';
import { UsageError } from '../args.js';
import type { CommandContext, CommandModule } from '../command.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { OptionDef } from '../options.js';
import { databaseDir, DB_OPTION } from './db-option.js';

const DB_OPTIONS: OptionDef[] = [
  DB_OPTION,
  {
    name: 'ecosystem',
    type: 'string',
    multiple: true,
    valueName: 'NAME',
    help: {
      en: `OSV ecosystem to pull, e.g. npm, PyPI, Debian, Alpine, openEuler. Repeatable (default: ${DEFAULT_PULL_ECOSYSTEMS.join(', ')}).`,
      'zh-CN': `要拉取的 OSV 生态系统，如 npm、PyPI、Debian、Alpine、openEuler。可重复给出（默认：${DEFAULT_PULL_ECOSYSTEMS.join('、')}）。`,
    },
  },
  {
    name: 'mirror',
    type: 'string',
    valueName: 'URL',
    help: {
      en: `Base URL serving <ecosystem>/all.zip (default ${DEFAULT_MIRROR}).`,
      'zh-CN': `提供 <生态系统>/all.zip 的基础 URL（默认 ${DEFAULT_MIRROR}）。`,
    },
  },
];

function reportInvalid(ctx: CommandContext, invalid: InvalidRecord[]): void {
  for (const r of invalid.slice(0, 20))
    ctx.io.stderr.write(
      `steward: ${translate(ctx.lang, 'vuln/invalid-record', { file: r.file, id: r.id ?? '-', reason: r.reason })}\n`,
    );
  if (invalid.length > 20) ctx.io.stderr.write(`steward: … ${invalid.length - 20}\n`);
}

function badAction(ctx: CommandContext): ExitCode {
  ctx.io.stderr.write(`steward: ${translate(ctx.lang, 'cli.error.db-action')}\n`);
  return EXIT.usage;
}

async function runImport(ctx: CommandContext, dir: string, path: string | undefined): Promise<ExitCode> {
  if (!path) return badAction(ctx);
  try {
    const s = await importPath(dir, path);
    reportInvalid(ctx, s.invalid);
    ctx.io.stdout.write(
      `${translate(ctx.lang, 'ui.db.imported', { path, added: s.added, updated: s.updated, unchanged: s.unchanged, withdrawn: s.withdrawn, invalid: s.invalid.length })}\n`,
    );
    return s.invalid.length ? EXIT.incomplete : EXIT.ok;
  } catch (err) {
    if (!(err instanceof FileError)) throw err;
    ctx.io.stderr.write(
      `steward: ${translate(ctx.lang, 'cli.error.input', { file: err.file, detail: err.detail ?? err.reason })}\n`,
    );
    return EXIT.usage;
  }
}

async function runPull(ctx: CommandContext, dir: string, values: Record<string, unknown>): Promise<ExitCode> {
  if (values.offline)
    throw new UsageError('cli.error.bad-value', {
      option: '--offline',
      value: 'db pull',
      expected: 'no --offline with db pull',
    });
  const ecosystems = (values.ecosystem as string[] | undefined) ?? DEFAULT_PULL_ECOSYSTEMS;
  const mirror = typeof values.mirror === 'string' ? values.mirror : DEFAULT_MIRROR;
  let failed = false;
  for (const ecosystem of ecosystems) {
    try {
      const o = await pullEcosystem(dir, ecosystem, mirror);
      reportInvalid(ctx, o.invalid);
      const resumed = o.resumed ? translate(ctx.lang, 'ui.db.resumed') : '';
      ctx.io.stdout.write(
        `${translate(ctx.lang, 'ui.db.pulled', { ecosystem, records: o.records, url: o.url, bytes: o.bytes, resumed })}\n`,
      );
    } catch (err) {
      if (!(err instanceof DownloadError)) throw err;
      failed = true;
      ctx.io.stderr.write(`steward: ${translate(ctx.lang, 'cli.error.download', { detail: err.message })}\n`);
    }
  }
  return failed ? EXIT.incomplete : EXIT.ok;
}

async function runStatus(ctx: CommandContext, dir: string): Promise<ExitCode> {
  const meta = await readMeta(dir);
  if (!meta || Object.keys(meta.ecosystems).length === 0) {
    ctx.io.stdout.write(`${translate(ctx.lang, 'ui.db.empty', { dir })}\n`);
    return EXIT.nothing;
  }
  ctx.io.stdout.write(`${translate(ctx.lang, 'ui.db.location', { dir })}\n`);
  for (const [ecosystem, e] of Object.entries(meta.ecosystems).sort())
    ctx.io.stdout.write(
      `${translate(ctx.lang, 'ui.db.status', { ecosystem, records: e.records, withdrawn: e.withdrawn, modified: e.newestModified || '-', updated: e.updatedAt, source: e.source })}\n`,
    );
  return EXIT.ok;
}

export const command: CommandModule = {
  options: DB_OPTIONS,
  usage: 'import PATH | pull | status',
  async run(ctx, values, positionals) {
    const [action, path, ...extra] = positionals;
    const dir = databaseDir(ctx.env, values);
    if (extra.length) return badAction(ctx);
    if (action === 'import') return runImport(ctx, dir, path);
    if (action === 'pull' && !path) return runPull(ctx, dir, values);
    if (action === 'status' && !path) return runStatus(ctx, dir);
    return badAction(ctx);
  },
};
