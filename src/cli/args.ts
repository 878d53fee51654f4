// Command-line parsing over the single option table in options.ts. Returns a typed request or a
// usage error; never prints.
import { parseArgs } from 'node:util';
import { SCAN_OPTIONS, type OptionDef } from './options.js';

export type Command = 'scan' | 'help' | 'version';
export const COMMANDS: Command[] = ['scan', 'help', 'version'];

export interface ScanRequest {
  command: Command;
  path: string;
  formats: string[];
  outputs: string[];
  specVersion?: string;
  exclude: string[];
  maxFileBytes?: number;
  lang?: string;
  quiet: boolean;
  help: boolean;
}

export class UsageError extends Error {
  constructor(
    readonly key:
      | 'cli.error.unknown-option'
      | 'cli.error.unknown-command'
      | 'cli.error.bad-value'
      | 'cli.error.usage'
      | 'cli.error.output-pairs',
    readonly params: Record<string, string | number>,
  ) {
    super(key);
    this.name = 'UsageError';
  }
}

function parseConfig(defs: OptionDef[]) {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {};
  for (const d of defs) {
    options[d.name] = { type: d.type };
    if (d.short) options[d.name]!.short = d.short;
    if (d.multiple) options[d.name]!.multiple = true;
  }
  options.version = { type: 'boolean', short: 'V' };
  return options;
}

export function parseCommandLine(argv: string[]): ScanRequest {
  let command: Command = 'scan';
  let rest = argv;
  const first = argv[0];
  // A first word that names a command selects it; anything else is the path to scan.
  if (first && (COMMANDS as string[]).includes(first)) {
    command = first as Command;
    rest = argv.slice(1);
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: parseConfig(SCAN_OPTIONS),
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    const unknown = /Unknown option '([^']+)'/.exec(msg);
    if (unknown) throw new UsageError('cli.error.unknown-option', { option: unknown[1]! });
    throw new UsageError('cli.error.usage', { detail: msg.split('\n')[0] ?? msg });
  }
  const v = parsed.values as Record<string, string | boolean | string[] | undefined>;
  if (v.version) command = 'version';
  for (const d of SCAN_OPTIONS) {
    if (!d.choices) continue;
    const given = v[d.name];
    for (const value of Array.isArray(given) ? given : typeof given === 'string' ? [given] : []) {
      if (!d.choices.includes(value))
        throw new UsageError('cli.error.bad-value', {
          option: `--${d.name}`,
          value,
          expected: d.choices.join(', '),
        });
    }
  }
  if (parsed.positionals.length > 1)
    throw new UsageError('cli.error.usage', {
      detail: `expected one path, got ${parsed.positionals.length}`,
    });
  const formats = (v.format as string[] | undefined) ?? [];
  const outputs = (v.output as string[] | undefined) ?? [];
  if (outputs.length > 0 && outputs.length !== Math.max(formats.length, 1))
    throw new UsageError('cli.error.output-pairs', { outputs: outputs.length, formats: formats.length });
  if (outputs.length === 0 && formats.length > 1)
    throw new UsageError('cli.error.output-pairs', { outputs: 0, formats: formats.length });
  let maxFileBytes: number | undefined;
  if (typeof v['max-file-size'] === 'string') {
    const mb = Number(v['max-file-size']);
    if (!Number.isFinite(mb) || mb <= 0)
      throw new UsageError('cli.error.bad-value', {
        option: '--max-file-size',
        value: v['max-file-size'],
        expected: 'a positive number of MB',
      });
    maxFileBytes = Math.round(mb * 1024 * 1024);
  }
  const req: ScanRequest = {
    command,
    path: parsed.positionals[0] ?? '.',
    formats: formats.length ? formats : ['table'],
    outputs,
    exclude: (v.exclude as string[] | undefined) ?? [],
    quiet: Boolean(v.quiet),
    help: Boolean(v.help) || command === 'help',
  };
  if (typeof v['spec-version'] === 'string') req.specVersion = v['spec-version'];
  if (maxFileBytes !== undefined) req.maxFileBytes = maxFileBytes;
  if (typeof v.lang === 'string') req.lang = v.lang;
  return req;
}
