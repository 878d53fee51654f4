// The thin CLI entry: pick the command, parse its flags, run it, and map failures to exit codes.
// The CLI is the only layer that prints, reads the environment (through env.ts) or exits.
import type { Lang } from '../core/analyzer.js';
import { detectLang, translate } from '../i18n/catalogue.js';
import { TOOL_VERSION } from '../version.js';
import { parseOptions, UsageError } from './args.js';
import type { Io } from './command.js';
import { DEFAULT_COMMAND, findCommand } from './commands/registry.js';
import { readEnv } from './env.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { helpText } from './help.js';
import { COMMON_OPTIONS } from './options.js';

export type { Io } from './command.js';

const defaultIo = (): Io => ({ stdout: process.stdout, stderr: process.stderr, env: process.env });

/** `--lang` is honoured even for errors found before the command's flags are parsed. */
function earlyLang(argv: string[], explicitEnv: string | undefined, locale: (string | undefined)[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const flag = i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return detectLang(flag ?? explicitEnv, locale);
}

export async function main(argv: string[], io: Io = defaultIo()): Promise<ExitCode> {
  const env = readEnv(io.env);
  const lang = earlyLang(argv, env.lang, env.locale);
  const usageError = (key: Parameters<typeof translate>[1], params: Record<string, string | number>) => {
    io.stderr.write(`steward: ${translate(lang, key, params)}\n`);
    return EXIT.usage;
  };

  const first = argv[0];
  if (first === 'version' || first === '--version' || first === '-V') {
    io.stdout.write(`${TOOL_VERSION}\n`);
    return EXIT.ok;
  }
  let name = DEFAULT_COMMAND;
  let rest = argv;
  if (first === 'help') {
    rest = ['--help', ...argv.slice(2)];
    name = argv[1] && findCommand(argv[1]) ? argv[1] : DEFAULT_COMMAND;
  } else if (first && findCommand(first)) {
    name = first;
    rest = argv.slice(1);
  }
  const entry = findCommand(name)!;
  const mod = await entry.load();
  try {
    const { values, positionals } = parseOptions(rest, [...mod.options, ...COMMON_OPTIONS]);
    if (values.help) {
      io.stdout.write(helpText(lang, name, mod));
      return EXIT.ok;
    }
    return await mod.run({ argv: rest, io, env, lang }, values, positionals);
  } catch (err) {
    if (err instanceof UsageError) return usageError(err.key, err.params);
    throw err;
  }
}
