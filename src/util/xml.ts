// A small, permissive XML reader for the subset build files use (POMs, Gradle's
// verification-metadata.xml): elements, attributes, text, comments, CDATA, character and the five
// predefined entities. It builds a light element tree with the line of each start tag, so errors and
// components can name their line. No DTDs, no namespaces beyond dropping the prefix.

export interface XmlElement {
  /** Local name (any `prefix:` dropped). */
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (CDATA included), entities decoded, not trimmed. */
  text: string;
  /** 1-based line of the start tag. */
  line: number;
}

export class XmlError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'XmlError';
  }
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const NAME = /[A-Za-z_:][-A-Za-z0-9_.:]*/y;

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

class Reader {
  pos = 0;
  line = 1;
  constructor(readonly src: string) {}

  /** Advance to `to`, counting newlines on the way. */
  moveTo(to: number): void {
    for (let i = this.pos; i < to; i++) if (this.src.charCodeAt(i) === 10) this.line++;
    this.pos = to;
  }

  /** Skip past the next occurrence of `end`, or fail naming what was left open. */
  skipPast(end: string, what: string): string {
    const at = this.src.indexOf(end, this.pos);
    if (at < 0) throw new XmlError(`unterminated ${what}`, this.line);
    const body = this.src.slice(this.pos, at);
    this.moveTo(at + end.length);
    return body;
  }

  decode(raw: string, line: number): string {
    if (!raw.includes('&')) return raw;
    return raw.replace(/&([^;\s&<]*);?/g, (whole, ref: string) => {
      if (!whole.endsWith(';')) throw new XmlError(`bare "&" (write &amp;)`, line);
      if (ref.startsWith('#')) {
        const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        if (!Number.isFinite(code) || code < 0 || code > 0x10ffff)
          throw new XmlError(`bad character reference &${ref};`, line);
        return String.fromCodePoint(code);
      }
      const v = ENTITIES[ref];
      if (v === undefined) throw new XmlError(`unknown entity &${ref};`, line);
      return v;
    });
  }

  name(): string {
    NAME.lastIndex = this.pos;
    const m = NAME.exec(this.src);
    if (!m) throw new XmlError('expected a tag or attribute name', this.line);
    this.pos += m[0].length;
    return m[0];
  }

  spaces(): void {
    let i = this.pos;
    while (i < this.src.length && /\s/.test(this.src[i]!)) i++;
    this.moveTo(i);
  }
}

function readStartTag(r: Reader): { el: XmlElement; selfClosing: boolean; rawName: string } {
  const line = r.line;
  r.pos++; // '<'
  const rawName = r.name();
  const el: XmlElement = { name: localName(rawName), attrs: {}, children: [], text: '', line };
  for (;;) {
    r.spaces();
    const c = r.src[r.pos];
    if (c === undefined) throw new XmlError(`unterminated start tag <${rawName}>`, line);
    if (c === '>') {
      r.pos++;
      return { el, selfClosing: false, rawName };
    }
    if (c === '/' && r.src[r.pos + 1] === '>') {
      r.pos += 2;
      return { el, selfClosing: true, rawName };
    }
    const attr = r.name();
    r.spaces();
    if (r.src[r.pos] !== '=') throw new XmlError(`attribute ${attr} without a value`, r.line);
    r.pos++;
    r.spaces();
    const q = r.src[r.pos];
    if (q !== '"' && q !== "'") throw new XmlError(`attribute ${attr} value is not quoted`, r.line);
    r.pos++;
    el.attrs[localName(attr)] = r.decode(r.skipPast(q, `attribute ${attr}`), r.line);
  }
}

/** Parse a whole document and return its root element; throws XmlError with the line. */
export function parseXml(src: string): XmlElement {
  const r = new Reader(src);
  const stack: { el: XmlElement; rawName: string }[] = [];
  let root: XmlElement | undefined;
  while (r.pos < src.length) {
    const lt = src.indexOf('<', r.pos);
    const textEnd = lt < 0 ? src.length : lt;
    if (textEnd > r.pos) {
      const line = r.line;
      const raw = src.slice(r.pos, textEnd);
      r.moveTo(textEnd);
      const top = stack.at(-1);
      if (top) top.el.text += r.decode(raw, line);
      else if (raw.trim()) throw new XmlError('text outside the root element', line);
      continue;
    }
    if (src.startsWith('<!--', r.pos)) {
      r.skipPast('-->', 'comment');
    } else if (src.startsWith('<![CDATA[', r.pos)) {
      const top = stack.at(-1);
      if (!top) throw new XmlError('CDATA outside the root element', r.line);
      r.moveTo(r.pos + 9);
      top.el.text += r.skipPast(']]>', 'CDATA section');
    } else if (src.startsWith('<?', r.pos)) {
      r.skipPast('?>', 'processing instruction');
    } else if (src.startsWith('<!', r.pos)) {
      if (stack.length) throw new XmlError('declaration inside an element', r.line);
      r.skipPast('>', 'declaration');
    } else if (src[r.pos + 1] === '/') {
      const line = r.line;
      r.pos += 2;
      const name = r.name();
      r.spaces();
      if (src[r.pos] !== '>') throw new XmlError(`malformed end tag </${name}>`, line);
      r.pos++;
      const top = stack.pop();
      if (!top) throw new XmlError(`end tag </${name}> without a start tag`, line);
      if (top.rawName !== name)
        throw new XmlError(`end tag </${name}> does not match <${top.rawName}> of line ${top.el.line}`, line);
    } else {
      const { el, selfClosing, rawName } = readStartTag(r);
      const parent = stack.at(-1);
      if (parent) parent.el.children.push(el);
      else if (root) throw new XmlError('a second root element', el.line);
      else root = el;
      if (!selfClosing) stack.push({ el, rawName });
    }
  }
  const open = stack.at(-1);
  if (open) throw new XmlError(`<${open.rawName}> of line ${open.el.line} is never closed`, r.line);
  if (!root) throw new XmlError('no root element', r.line);
  return root;
}

/** The first child element with this local name. */
export const child = (el: XmlElement | undefined, name: string): XmlElement | undefined =>
  el?.children.find((c) => c.name === name);

/** All child elements with this local name. */
export const childrenNamed = (el: XmlElement | undefined, name: string): XmlElement[] =>
  el ? el.children.filter((c) => c.name === name) : [];

/** Trimmed text of a named child, or undefined when absent or empty. */
export function childText(el: XmlElement | undefined, name: string): string | undefined {
  const t = child(el, name)?.text.trim();
  return t ? t : undefined;
}
