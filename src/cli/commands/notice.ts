// `steward notice [PATH]`: write an attribution file listing each third-party component with its
// license, its license texts and the copyright lines found, as text or HTML.
import { isDirectory } from '../../util/fs.js';
import { buildNotice, renderNoticeHtml, renderNoticeText } from '../../licenses/notice-file.js';
import { scanTree } from '../../licenses/scan-tree.js';
import { translate } from '../../i18n/catalogue.js';
import { formatOutputPairs, singlePath } from '../args.js';
import type { CommandModule } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { outputOptions } from '../options.js';
import { writeOutput } from '../write-output.js';

export const command: CommandModule = {
  options: outputOptions(['text', 'html']),
  usage: '[PATH]',
  async run({ io, lang }, values, positionals) {
    const path = singlePath(positionals);
    const targets = formatOutputPairs(values, 'text');
    if (!(await isDirectory(path))) {
      io.stderr.write(`steward: ${translate(lang, 'cli.error.not-found', { path })}\n`);
      return EXIT.usage;
    }
    const scan = await scanTree(path);
    const entries = await buildNotice(path, scan);
    for (const target of targets) {
      const text =
        target.format === 'html' ? renderNoticeHtml(entries, lang) : renderNoticeText(entries, lang);
      const written = await writeOutput(io, lang, text, target, Boolean(values.quiet));
      if (!written.ok) {
        io.stderr.write(`steward: ${written.message}\n`);
        return EXIT.usage;
      }
    }
    return entries.length ? EXIT.ok : EXIT.nothing;
  },
};
