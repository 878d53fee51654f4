// Draws scan events on a TTY as one rewritten status line. Off when stderr is not a TTY or --quiet.
import type { Lang } from '../core/analyzer.js';
import type { ScanEvent } from '../core/events.js';
import { translate } from '../i18n/catalogue.js';

export function progressDrawer(
  stream: NodeJS.WriteStream,
  lang: Lang,
): { onEvent: (e: ScanEvent) => void; clear: () => void } {
  let drawn = false;
  let last = 0;
  const draw = (text: string, force = false) => {
    const now = Date.now();
    if (!force && now - last < 80) return;
    last = now;
    const cols = stream.columns || 80;
    stream.write(`\r\u001b[2K${text.slice(0, cols - 1)}`);
    drawn = true;
  };
  const clear = () => {
    if (drawn) stream.write('\r\u001b[2K');
    drawn = false;
  };
  return {
    clear,
    onEvent(e) {
      if (e.type === 'discover:start') draw(translate(lang, 'ui.progress.discover', { root: e.root }), true);
      else if (e.type === 'extract:file') draw(translate(lang, 'ui.progress.extract', { file: e.file }));
      else if (e.type === 'scan:done') clear();
    },
  };
}
