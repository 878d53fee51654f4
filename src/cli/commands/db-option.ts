// The --db option and the database directory it resolves to, shared by `db`, `audit` and `scan`.
// Kept apart from db.ts so that scan and audit do not load the import and download code.
import { resolve } from 'node:path';
import { defaultDatabaseDir } from '../../vulns/db/location.js';
import type { CliEnv } from '../env.js';
import type { OptionDef } from '../options.js';

export const DB_OPTION: OptionDef = {
  name: 'db',
  type: 'string',
  valueName: 'DIR',
  help: {
    en: 'Vulnerability database directory (default: $XDG_CACHE_HOME/steward/osv or ~/.cache/steward/osv).',
    'zh-CN': '漏洞数据库目录（默认：$XDG_CACHE_HOME/steward/osv 或 ~/.cache/steward/osv）。',
  },
};

/** --db, else the default under the user's cache directory (from the environment env.ts read). */
export function databaseDir(env: CliEnv, values: Record<string, unknown>): string {
  if (typeof values.db === 'string') return resolve(values.db);
  return defaultDatabaseDir({ XDG_CACHE_HOME: env.cacheHome }, env.home);
}
