// Markdown escaping for text from scanned files (package names, license strings, messages): a
// pull-request comment must not turn a package name into a link, a table break or HTML.
const SPECIAL = /[\\`*_{}[\]()#+!|<>~]/g;

export function md(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(SPECIAL, (c) => `\\${c}`);
}
