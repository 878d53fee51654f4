// Command-line parsing over option definitions (options.ts). Returns typed values or throws a
// UsageError carrying a message key; never prints.
import { parseArgs } from 'node:util';
import type { OptionDef } from './options.js';

export type UsageKey =
  | 'cli.error.unknown-option'
  | 'cli.error.unknown-command'
  | 'cli.error.bad-value'
  | 'cli.error.usage'
  | 'cli.error.output-pairs';

export class UsageError extends Error {
  constructor(
    readonly key: UsageKey,
    readonly params: Record<string, string | number>,
  ) {
    super(key);
    this.name = 'UsageError';
  }
}

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

export function parseOptions(argv: string[], defs: OptionDef[]): ParsedArgs {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {};
  for (const d of defs) {
    const o: { type: 'string' | 'boolean'; short?: string; multiple?: boolean } = { type: d.type };
    if (d.short) o.short = d.short;
    if (d.multiple) o.multiple = true;
    options[d.name] = o;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    const unknown = /Unknown option '([^']+)'/.exec(msg);
    if (unknown) throw new UsageError('cli.error.unknown-option', { option: unknown[1]! });
    throw new UsageError('cli.error.usage', { detail: msg.split('\n')[0] ?? msg });
  }
  const values = parsed.values as ParsedArgs['values'];
  for (const d of defs) {
    if (!d.choices) continue;
    const given = values[d.name];
    for (const value of Array.isArray(given) ? given : typeof given === 'string' ? [given] : []) {
      if (!d.choices.includes(value))
        throw new UsageError('cli.error.bad-value', {
          option: `--${d.name}`,
          value,
          expected: d.choices.join(', '),
        });
    }
  }
  return { values, positionals: parsed.positionals };
}

/** --format/--output pairing: outputs pair with formats in order; several formats need outputs. */
export function formatOutputPairs(
  values: ParsedArgs['values'],
  fallback: string,
): { format: string; output?: string }[] {
  const formats = (values.format as string[] | undefined) ?? [];
  const outputs = (values.output as string[] | undefined) ?? [];
  if (outputs.length > 0 && outputs.length !== Math.max(formats.length, 1))
    throw new UsageError('cli.error.output-pairs', { outputs: outputs.length, formats: formats.length });
  if (outputs.length === 0 && formats.length > 1)
    throw new UsageError('cli.error.output-pairs', { outputs: 0, formats: formats.length });
  const list = formats.length ? formats : [fallback];
  return list.map((format, i) => (outputs[i] ? { format, output: outputs[i] } : { format }));
}

export function singlePath(positionals: string[]): string {
  if (positionals.length > 1)
    throw new UsageError('cli.error.usage', { detail: `expected one path, got ${positionals.length}` });
  return positionals[0] ?? '.';
}
