// Maven versions, ordered as Maven's ComparableVersion orders them (the class Maven itself uses
// to resolve and sort versions; checked against maven-artifact 3.8.7). Versions parse into nested
// lists: '.' separates items, '-' and digit/letter transitions open a sub-list. It lives in util,
// not versions/, because the Maven plugin needs it to resolve ranges (docs/decisions/0010).

type Item = { kind: 'int'; value: string } | { kind: 'str'; value: string } | { kind: 'list'; items: Item[] };

const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
const ALIASES: Record<string, string> = { ga: '', final: '', release: '', cr: 'rc' };
const RELEASE_INDEX = String(QUALIFIERS.indexOf(''));

function stringItem(value: string, followedByDigit: boolean): Item {
  let v = value;
  if (followedByDigit && v.length === 1)
    v = ({ a: 'alpha', b: 'beta', m: 'milestone' } as Record<string, string>)[v] ?? v;
  return { kind: 'str', value: ALIASES[v] ?? v };
}

const intItem = (digits: string): Item => ({ kind: 'int', value: digits.replace(/^0+(?=\d)/, '') });
const parseItem = (isDigit: boolean, buf: string): Item => (isDigit ? intItem(buf) : stringItem(buf, false));

function comparableQualifier(q: string): string {
  const i = QUALIFIERS.indexOf(q);
  return i === -1 ? `${QUALIFIERS.length}-${q}` : String(i);
}

function isNull(item: Item): boolean {
  if (item.kind === 'int') return item.value === '0';
  if (item.kind === 'str') return comparableQualifier(item.value) === RELEASE_INDEX;
  return item.items.length === 0;
}

/** Drops trailing null items (0, '', empty lists), stopping at the first non-null non-list item. */
function normalize(list: Item[]): void {
  for (let i = list.length - 1; i >= 0; i--) {
    const item = list[i]!;
    if (isNull(item)) list.splice(i, 1);
    else if (item.kind !== 'list') break;
  }
}

export function parseMaven(version: string): Item {
  const v = version.toLowerCase();
  const root: Item[] = [];
  let list = root;
  const stack: Item[][] = [root];
  let isDigit = false;
  let start = 0;
  const openList = () => {
    const next: Item[] = [];
    list.push({ kind: 'list', items: next });
    list = next;
    stack.push(next);
  };
  for (let i = 0; i < v.length; i++) {
    const c = v[i]!;
    if (c === '.' || c === '-') {
      list.push(i === start ? { kind: 'int', value: '0' } : parseItem(isDigit, v.slice(start, i)));
      start = i + 1;
      if (c === '-') openList();
    } else if (c >= '0' && c <= '9') {
      if (!isDigit && i > start) {
        // '.X1' is treated as '-X1': a qualifier after a dot still opens a sub-list.
        if (list.length) openList();
        list.push(stringItem(v.slice(start, i), true));
        start = i;
        openList();
      }
      isDigit = true;
    } else {
      if (isDigit && i > start) {
        list.push(parseItem(true, v.slice(start, i)));
        start = i;
        openList();
      }
      isDigit = false;
    }
  }
  if (v.length > start) {
    if (!isDigit && list.length) openList();
    list.push(parseItem(isDigit, v.slice(start)));
  }
  while (stack.length) normalize(stack.pop()!);
  return { kind: 'list', items: root };
}

function compareItems(a: Item, b: Item | null): number {
  if (a.kind === 'int') {
    if (b === null) return a.value === '0' ? 0 : 1;
    return b.kind === 'int' ? compareDigits(a.value, b.value) : 1;
  }
  if (a.kind === 'str') {
    if (b === null) return Math.sign(compareStrings(comparableQualifier(a.value), RELEASE_INDEX));
    if (b.kind !== 'str') return -1;
    return compareStrings(comparableQualifier(a.value), comparableQualifier(b.value));
  }
  if (b === null) {
    for (const item of a.items) {
      const rc = compareItems(item, null);
      if (rc) return rc;
    }
    return 0;
  }
  if (b.kind === 'int') return -1;
  if (b.kind === 'str') return 1;
  const n = Math.max(a.items.length, b.items.length);
  for (let i = 0; i < n; i++) {
    const l = a.items[i] ?? null;
    const r = b.items[i] ?? null;
    const rc = l === null ? (r === null ? 0 : -compareItems(r, null)) : compareItems(l, r);
    if (rc) return rc;
  }
  return 0;
}

/** Negative, zero or positive as `a` sorts before, equal to or after `b` in Maven's order. */
export function compareMavenVersions(a: string, b: string): number {
  return compareItems(parseMaven(a), parseMaven(b));
}

function compareDigits(a: string, b: string): number {
  const x = a.replace(/^0+/, '');
  const y = b.replace(/^0+/, '');
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  return compareStrings(x, y);
}

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
