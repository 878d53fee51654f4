// Writes rendered reports: to stdout, or atomically to a file so a failed run never leaves a
// truncated file. Shared by every command that produces reports.
import type { Lang } from '../core/analyzer.js';
import { translate } from '../i18n/catalogue.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import type { Io } from './command.js';

export type WriteOutcome = { ok: true } | { ok: false; message: string };

export async function writeOutput(
  io: Io,
  lang: Lang,
  text: string,
  target: { format: string; output?: string },
  quiet: boolean,
): Promise<WriteOutcome> {
  if (!target.output) {
    io.stdout.write(text);
    return { ok: true };
  }
  try {
    await writeFileAtomic(target.output, text);
  } catch (err) {
    const detail = (err as NodeJS.ErrnoException).code ?? String(err);
    return { ok: false, message: translate(lang, 'cli.error.write', { file: target.output, detail }) };
  }
  if (!quiet)
    io.stderr.write(`${translate(lang, 'ui.wrote', { format: target.format, file: target.output })}\n`);
  return { ok: true };
}
