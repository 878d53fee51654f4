// The only module that reads environment variables.
export interface CliEnv {
  noColor: boolean;
  locale: (string | undefined)[];
  lang: string | undefined;
}

export function readEnv(env: NodeJS.ProcessEnv = process.env): CliEnv {
  return {
    noColor: Boolean(env.NO_COLOR) || env.TERM === 'dumb',
    locale: [env.LC_ALL, env.LC_MESSAGES, env.LANG],
    lang: env.STEWARD_LANG || undefined,
  };
}
