// Variations of a license text for the test corpus and the accuracy benchmark: the ways real copies
// differ from the reference (rewrapped lines, other quotes and punctuation, a filled-in copyright
// line, comment markers, truncation, case). Deterministic for a given seed.

export type VariantName =
  | 'verbatim'
  | 'reflowed'
  | 'repunctuated'
  | 'copyright'
  | 'c-comment'
  | 'hash-comment'
  | 'truncated'
  | 'uppercase'
  | 'markdown';

export const VARIANTS: VariantName[] = [
  'verbatim',
  'reflowed',
  'repunctuated',
  'copyright',
  'c-comment',
  'hash-comment',
  'truncated',
  'uppercase',
  'markdown',
];

function rewrap(text: string, width: number): string {
  return text
    .split(/\n\s*\n/)
    .map((para) => {
      const words = para.split(/\s+/).filter(Boolean);
      const lines: string[] = [];
      let line = '';
      for (const w of words) {
        if (line && line.length + w.length + 1 > width) {
          lines.push(line);
          line = w;
        } else line = line ? `${line} ${w}` : w;
      }
      if (line) lines.push(line);
      return lines.join('\n');
    })
    .join('\n\n');
}

function repunctuate(text: string): string {
  return text
    .replace(/"([^"\n]{1,80})"/g, '“$1”')
    .replace(/'/g, '’')
    .replace(/;/g, ',')
    .replace(/ - /g, ' — ')
    .replace(/^\s*\(([a-z0-9])\)/gm, '  $1.')
    .replace(/https:/g, 'http:')
    .replace(/license/g, 'licence');
}

function comment(text: string, style: 'c' | 'hash'): string {
  const lines = text.split('\n');
  return style === 'c'
    ? ['/*', ...lines.map((l) => ` * ${l}`.trimEnd()), ' */', '', 'int main(void) { return 0; }'].join('\n')
    : [...lines.map((l) => `# ${l}`.trimEnd()), '', 'print("hello")'].join('\n');
}

export function makeVariant(text: string, variant: VariantName): string {
  switch (variant) {
    case 'verbatim':
      return text;
    case 'reflowed':
      return rewrap(text, 60);
    case 'repunctuated':
      return repunctuate(text);
    case 'copyright':
      return `Copyright (c) 2019-2024 Example Corp. and contributors\nCopyright (C) 2023 Jane Doe <jane@example.com>\n\n${text}`;
    case 'c-comment':
      return comment(rewrap(text, 76), 'c');
    case 'hash-comment':
      return comment(rewrap(text, 76), 'hash');
    case 'truncated':
      return text.slice(0, Math.floor(text.length * 0.7));
    case 'uppercase':
      return text.toUpperCase();
    case 'markdown':
      return `# License\n\n${text.replace(/^(\d+)\. /gm, '$1) ').replace(/\n\n/g, '\n\n> ')}`;
  }
}
