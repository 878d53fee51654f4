// Attribution ("third-party notices") for `steward notice`: for each component found in the tree,
// its license expression, the license texts it ships and the copyright lines found in them.
// Rendered as plain text or as a self-contained HTML page.
import type { Lang } from '../core/analyzer.js';
import { translate } from '../i18n/catalogue.js';
import { readHeadUnder } from '../util/fs.js';
import { decodeText } from './decode.js';
import { MAX_LICENSE_BYTES } from './file-kinds.js';
import type { TreeScan } from './scan-tree.js';

export interface NoticeEntry {
  name: string;
  version?: string;
  path: string;
  license: string | null;
  copyrights: string[];
  texts: { file: string; text: string }[];
}

export async function buildNotice(root: string, scan: TreeScan): Promise<NoticeEntry[]> {
  const entries: NoticeEntry[] = [];
  for (const p of scan.packages) {
    if (p.path === '.') continue;
    const texts: NoticeEntry['texts'] = [];
    for (const file of p.licenseFiles) {
      try {
        const { bytes } = await readHeadUnder(root, file, MAX_LICENSE_BYTES);
        texts.push({ file, text: decodeText(bytes).text.trimEnd() });
      } catch {
        // An unreadable license file leaves the entry without that text; the scan already said why.
      }
    }
    const entry: NoticeEntry = {
      name: p.name ?? p.path,
      path: p.path,
      license: p.declared ?? p.detected,
      copyrights: p.copyrights,
      texts,
    };
    if (p.version) entry.version = p.version;
    entries.push(entry);
  }
  return entries.sort(
    (a, b) => a.name.localeCompare(b.name) || (a.version ?? '').localeCompare(b.version ?? ''),
  );
}

export function renderNoticeText(entries: NoticeEntry[], lang: Lang): string {
  const t = (k: `ui.${string}`, p: Record<string, string | number> = {}) => translate(lang, k, p);
  const rule = '='.repeat(78);
  const out = [t('ui.notice.title'), '', t('ui.notice.intro'), ''];
  for (const e of entries) {
    out.push(rule, t('ui.notice.component', { name: e.name, version: e.version ?? '' }).trim());
    out.push(t('ui.notice.license', { license: e.license ?? '?' }));
    if (e.copyrights.length)
      out.push('', `${t('ui.notice.copyrights')}:`, ...e.copyrights.map((c) => `  ${c}`));
    out.push('');
    if (e.texts.length === 0) out.push(t('ui.notice.no-text'), '');
    for (const x of e.texts) out.push(`--- ${x.file}`, x.text, '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function renderNoticeHtml(entries: NoticeEntry[], lang: Lang): string {
  const t = (k: `ui.${string}`, p: Record<string, string | number> = {}) => esc(translate(lang, k, p));
  const body = entries.map((e, i) => {
    const copyrights = e.copyrights.length
      ? `<h3>${t('ui.notice.copyrights')}</h3><ul>${e.copyrights.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>`
      : '';
    const texts = e.texts.length
      ? e.texts
          .map((x) => `<details><summary>${esc(x.file)}</summary><pre>${esc(x.text)}</pre></details>`)
          .join('\n')
      : `<p>${t('ui.notice.no-text')}</p>`;
    return `<section id="c${i}"><h2>${t('ui.notice.component', { name: e.name, version: e.version ?? '' })}</h2><p>${t('ui.notice.license', { license: e.license ?? '?' })}</p>${copyrights}\n${texts}</section>`;
  });
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>${t('ui.notice.title')}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}pre{white-space:pre-wrap;background:#f6f6f6;padding:1rem}section{border-top:1px solid #ccc;margin-top:1.5rem}</style>
</head>
<body>
<h1>${t('ui.notice.title')}</h1>
<p>${t('ui.notice.intro')}</p>
${body.join('\n')}
</body>
</html>
`;
}
