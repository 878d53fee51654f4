// The only module that reads environment variables.
import { homedir } from 'node:os';
export interface CliEnv {
  noColor: boolean;
  locale: (string | undefined)[];
  lang: string | undefined;
  /** $XDG_CACHE_HOME and the home directory: where the vulnerability database lives by default. */
  cacheHome: string | undefined;
  home: string;
}

export function readEnv(env: NodeJS.ProcessEnv = process.env): CliEnv {
  return {
    noColor: Boolean(env.NO_COLOR) || env.TERM === 'dumb',
    locale: [env.LC_ALL, env.LC_MESSAGES, env.LANG],
    lang: env.STEWARD_LANG || undefined,
    cacheHome: env.XDG_CACHE_HOME || undefined,
    home: env.HOME || homedir(),
  };
}
