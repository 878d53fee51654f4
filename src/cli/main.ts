// The thin CLI: parse flags, call the library, render, write, and map the outcome to an exit code.
// The only layer that prints, reads the environment (through env.ts) or decides exit codes.
import type { Lang } from '../core/analyzer.js';
import { ReportError } from '../core/analyzer.js';
import { detectLang, translate } from '../i18n/catalogue.js';
import { scan, ScanInputError } from '../pipeline/scan.js';
import { formatDiagnostic } from '../report/format-diagnostic.js';
import { render } from '../report/render.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { TOOL_VERSION } from '../version.js';
import { parseCommandLine, UsageError } from './args.js';
import { readEnv } from './env.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { helpText } from './help.js';
import { progressDrawer } from './progress.js';

export interface Io {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
}

const defaultIo = (): Io => ({ stdout: process.stdout, stderr: process.stderr, env: process.env });

export async function main(argv: string[], io: Io = defaultIo()): Promise<ExitCode> {
  const env = readEnv(io.env);
  let lang: Lang = detectLang(env.lang, env.locale);
  const fail = (
    code: ExitCode,
    key: Parameters<typeof translate>[1],
    params: Record<string, string | number>,
  ) => {
    io.stderr.write(`steward: ${translate(lang, key, params)}\n`);
    return code;
  };

  let req;
  try {
    req = parseCommandLine(argv);
  } catch (err) {
    if (err instanceof UsageError) return fail(EXIT.usage, err.key, err.params);
    throw err;
  }
  lang = detectLang(req.lang ?? env.lang, env.locale);
  if (req.command === 'version') {
    io.stdout.write(`${TOOL_VERSION}\n`);
    return EXIT.ok;
  }
  if (req.help) {
    io.stdout.write(helpText(lang));
    return EXIT.ok;
  }

  const showProgress = !req.quiet && Boolean(io.stderr.isTTY);
  const progress = showProgress ? progressDrawer(io.stderr, lang) : undefined;
  let result;
  try {
    result = await scan(req.path, {
      exclude: req.exclude,
      ...(req.maxFileBytes ? { maxFileBytes: req.maxFileBytes } : {}),
      ...(progress ? { onEvent: progress.onEvent } : {}),
    });
  } catch (err) {
    progress?.clear();
    if (err instanceof ScanInputError)
      return fail(
        EXIT.usage,
        err.reason === 'not-found' ? 'cli.error.not-found' : 'cli.error.not-scannable',
        { path: err.path },
      );
    throw err;
  }

  const color = !env.noColor && Boolean(io.stdout.isTTY);
  for (let i = 0; i < req.formats.length; i++) {
    const format = req.formats[i]!;
    const output = req.outputs[i];
    let text: string;
    try {
      text = await render(result, format, {
        lang,
        color: color && !output,
        ...(req.specVersion ? { specVersion: req.specVersion } : {}),
      });
    } catch (err) {
      if (err instanceof ReportError) {
        fail(EXIT.internal, 'cli.error.report', {
          format,
          detail: [err.message, ...err.details.slice(0, 3)].join('; '),
        });
        return EXIT.internal;
      }
      throw err;
    }
    if (output) {
      try {
        await writeFileAtomic(output, text);
      } catch (err) {
        return fail(EXIT.usage, 'cli.error.write', {
          file: output,
          detail: (err as NodeJS.ErrnoException).code ?? String(err),
        });
      }
      if (!req.quiet) io.stderr.write(`${translate(lang, 'ui.wrote', { format, file: output })}\n`);
    } else {
      io.stdout.write(text);
    }
  }

  // The table on stdout already lists problems; otherwise each goes to stderr as one line.
  const tableOnStdout = req.formats.some((f, i) => f === 'table' && !req.outputs[i]);
  if (!tableOnStdout && !req.quiet) {
    for (const d of result.diagnostics)
      if (d.severity !== 'note') io.stderr.write(`steward: ${formatDiagnostic(d, lang)}\n`);
    if (!result.status.complete)
      io.stderr.write(
        `steward: ${translate(lang, 'ui.incomplete', { count: result.status.failures.length + result.status.skipped.length })}\n`,
      );
  }
  if (result.projects.length === 0 && result.status.failures.length === 0) return EXIT.nothing;
  if (!result.status.complete) return EXIT.incomplete;
  return EXIT.ok;
}
