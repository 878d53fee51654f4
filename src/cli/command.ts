// What a CLI command is: its options, its help summary and a run function. Commands are loaded
// lazily by name (commands/registry.ts) so start-up stays instant.
import type { Lang } from '../core/analyzer.js';
import type { CliEnv } from './env.js';
import type { ExitCode } from './exit-codes.js';
import type { OptionDef } from './options.js';

export interface Io {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
}

export interface CommandContext {
  argv: string[];
  io: Io;
  env: CliEnv;
  lang: Lang;
}

export interface CommandModule {
  /** Command-specific options; COMMON_OPTIONS are added by main. */
  options: OptionDef[];
  /** Positional arguments for the usage line, e.g. '[PATH]'. */
  usage: string;
  run(
    ctx: CommandContext,
    values: Record<string, string | boolean | string[] | undefined>,
    positionals: string[],
  ): Promise<ExitCode>;
}
