// The Yarn classic (v1) lockfile syntax. It looks like YAML but is not: keys and values are
// separated by a space, nesting is by two-space indentation, and top-level keys can list several
// comma-separated, optionally quoted descriptors. This reads it into plain objects with the line
// of every key; it knows nothing of packages (extract-yarn-lock-v1.ts gives it meaning).
import { FileError } from '../../core/plugin.js';

export type ClassicValue = string | boolean | number | ClassicObject;

export interface ClassicObject {
  values: Map<string, ClassicValue>;
  /** 1-based line of each key. */
  lines: Map<string, number>;
}

export interface ClassicEntry {
  /** The descriptors the entry answers, unquoted, e.g. ['ms@^2.1.1', 'ms@^2.1.3']. */
  descriptors: string[];
  /** The key exactly as written (without the trailing colon). */
  key: string;
  line: number;
  body: ClassicObject;
}

interface Token {
  text: string;
  quoted: boolean;
}

const BARE = /^[^\s:,"]+/;
const QUOTED = /^"(?:[^"\\]|\\.)*"/;

/** Reads one key or value token at the start of `s`; undefined when none is there. */
function readToken(s: string, fail: (detail: string) => never): { token: Token; rest: string } | undefined {
  const q = QUOTED.exec(s);
  if (q) {
    let text: string;
    try {
      text = JSON.parse(q[0]) as string;
    } catch {
      fail(`bad string ${q[0]}`);
    }
    return { token: { text, quoted: true }, rest: s.slice(q[0].length) };
  }
  if (s.startsWith('"')) fail('unterminated string');
  const b = BARE.exec(s);
  return b ? { token: { text: b[0], quoted: false }, rest: s.slice(b[0].length) } : undefined;
}

function scalar(t: Token): ClassicValue {
  if (t.quoted) return t.text;
  if (t.text === 'true') return true;
  if (t.text === 'false') return false;
  if (/^-?\d+(\.\d+)?$/.test(t.text)) return Number(t.text);
  return t.text;
}

interface ParsedLine {
  indent: number;
  keys: string[];
  /** Set for `key value` lines; absent for `key:` lines that open a block. */
  value?: ClassicValue;
}

function parseLine(raw: string, fail: (detail: string) => never): ParsedLine {
  const indent = raw.length - raw.trimStart().length;
  if (raw.slice(0, indent).includes('\t')) fail('tabs are not allowed in indentation');
  let rest = raw.slice(indent).trimEnd();
  const keys: string[] = [];
  for (;;) {
    const r = readToken(rest, fail);
    if (!r) fail(`expected a key, found ${JSON.stringify(rest.slice(0, 20))}`);
    keys.push(r.token.text);
    rest = r.rest;
    const comma = /^\s*,\s*/.exec(rest);
    if (!comma) break;
    rest = rest.slice(comma[0].length);
  }
  if (rest === ':') return { indent, keys };
  if (keys.length > 1) fail('a list of keys must end with ":"');
  const space = /^\s+/.exec(rest);
  if (!space) fail(`expected ":" or a value after ${JSON.stringify(keys[0])}`);
  const v = readToken(rest.slice(space[0].length), fail);
  if (!v || v.rest.trim() !== '') fail(`expected one value after ${JSON.stringify(keys[0])}`);
  return { indent, keys, value: scalar(v.token) };
}

const newObject = (): ClassicObject => ({ values: new Map(), lines: new Map() });

/** Parses the text of a classic yarn.lock into its entries. Throws FileError with the line. */
export function parseClassicLockfile(text: string, file: string): ClassicEntry[] {
  const entries: ClassicEntry[] = [];
  // Open blocks by depth; depth d is indented 2*d spaces.
  const stack: ClassicObject[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const lineNo = i + 1;
    const fail = (detail: string): never => {
      throw new FileError('parse-error', file, detail, lineNo);
    };
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    if (/^(<{7}|={7}|>{7})/.test(raw)) fail('unresolved merge conflict marker');
    const line = parseLine(raw, fail);
    if (line.indent % 2 !== 0) fail(`indentation of ${line.indent} spaces is not a multiple of two`);
    const depth = line.indent / 2;
    if (depth > stack.length) fail('unexpected indentation');
    stack.length = depth;
    if (depth === 0) {
      if (line.value !== undefined) fail(`top-level key ${JSON.stringify(line.keys[0])} must open a block`);
      const body = newObject();
      const key = raw.trim().slice(0, -1);
      entries.push({ descriptors: line.keys, key, line: lineNo, body });
      stack.push(body);
      continue;
    }
    const parent = stack[depth - 1]!;
    const name = line.keys[0]!;
    if (line.keys.length > 1) fail('only top-level keys may list several descriptors');
    if (parent.values.has(name)) fail(`duplicate key ${JSON.stringify(name)}`);
    parent.lines.set(name, lineNo);
    if (line.value !== undefined) {
      parent.values.set(name, line.value);
    } else {
      const child = newObject();
      parent.values.set(name, child);
      stack.push(child);
    }
  }
  return entries;
}
