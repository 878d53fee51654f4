// Where the local vulnerability database lives by default: the user's cache directory
// ($XDG_CACHE_HOME/steward/osv, else ~/.cache/steward/osv). Callers pass the environment in, so
// only the CLI (and the analyzer registry) decide where it is read from.
import { join } from 'node:path';

export function defaultDatabaseDir(env: { XDG_CACHE_HOME?: string | undefined }, home: string): string {
  const cache =
    env.XDG_CACHE_HOME && env.XDG_CACHE_HOME.startsWith('/') ? env.XDG_CACHE_HOME : join(home, '.cache');
  return join(cache, 'steward', 'osv');
}
