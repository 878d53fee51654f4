// Parses dpkg's status database format (var/lib/dpkg/status, status.d/*): RFC 822-style
// paragraphs of `Field: value` with indented continuation lines. Keeps each paragraph's line.
export interface Paragraph {
  line: number;
  fields: Map<string, string>;
}

export function parseParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let current: Paragraph | undefined;
  let last: string | undefined;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.replace(/\r$/, '');
    if (raw.trim() === '') {
      current = undefined;
      continue;
    }
    if (/^[ \t]/.test(raw)) {
      if (current && last) current.fields.set(last, `${current.fields.get(last)}\n${raw.trim()}`);
      continue;
    }
    const colon = raw.indexOf(':');
    if (colon <= 0) continue;
    if (!current) {
      current = { line: i + 1, fields: new Map() };
      out.push(current);
    }
    last = raw.slice(0, colon).toLowerCase();
    current.fields.set(last, raw.slice(colon + 1).trim());
  }
  return out;
}

export interface DebRelation {
  /** Alternatives (`a | b`): each a package name with an optional constraint. */
  alternatives: { name: string; constraint?: string; arch?: string }[];
}

/** `Depends:` value -> relations; `libc6 (>= 2.34), foo | bar:any`. */
export function parseRelations(value: string | undefined): DebRelation[] {
  if (!value) return [];
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => ({
      alternatives: part.split('|').map((alt) => {
        const m = /^\s*([^\s:(]+)(?::(\S+))?\s*(?:\(([^)]*)\))?/.exec(alt);
        const a: { name: string; constraint?: string; arch?: string } = { name: m?.[1] ?? alt.trim() };
        if (m?.[3]) a.constraint = m[3].trim();
        if (m?.[2]) a.arch = m[2];
        return a;
      }),
    }));
}
