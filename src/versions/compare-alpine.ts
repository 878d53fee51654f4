// Alpine package versions, ordered as current apk-tools (2.14 and 3.x, Alpine 3.19 onwards) orders
// them: digit{.digit}...{letter}{_suffix{N}}...{~hash}{-rN}. Suffixes rank _alpha < _beta < _pre <
// _rc < none < _cvs < _svn < _git < _hg < _p; a part with a leading zero compares as a string.
import { compareDigits, compareStrings, type VersionScheme } from './types.js';

const enum T {
  InitialDigit,
  Digit,
  Letter,
  Suffix,
  SuffixNo,
  CommitHash,
  RevisionNo,
  End,
  Invalid,
}

const SUFFIXES = ['alpha', 'beta', 'pre', 'rc', '', 'cvs', 'svn', 'git', 'hg', 'p'];
const NONE = SUFFIXES.indexOf('');

interface Token {
  type: T;
  value: string;
  suffix: number;
}

class Reader {
  private pos = 0;
  readonly t: Token = { type: T.InitialDigit, value: '', suffix: -1 };
  constructor(private readonly s: string) {
    this.digits();
  }

  private span(re: RegExp): string {
    const start = this.pos;
    while (this.pos < this.s.length && re.test(this.s[this.pos]!)) this.pos++;
    return this.s.slice(start, this.pos);
  }

  private digits(): void {
    this.t.value = this.span(/[0-9]/);
    if (this.t.value === '') this.t.type = T.Invalid;
  }

  next(): void {
    const t = this.t;
    const c = this.s[this.pos];
    if (c === undefined) t.type = T.End;
    else if (c >= 'a' && c <= 'z') {
      if (t.type > T.Digit) t.type = T.Invalid;
      else {
        t.value = c;
        t.type = T.Letter;
        this.pos++;
      }
    } else if (c === '.' || (c >= '0' && c <= '9')) {
      if (c === '.' && t.type > T.Digit) t.type = T.Invalid;
      else {
        if (c === '.') this.pos++;
        if (t.type === T.InitialDigit || t.type === T.Digit) t.type = T.Digit;
        else if (t.type === T.Suffix) t.type = T.SuffixNo;
        else return void (t.type = T.Invalid);
        this.digits();
      }
    } else if (c === '_') {
      if (t.type > T.SuffixNo) return void (t.type = T.Invalid);
      this.pos++;
      t.value = this.span(/[a-z]/);
      t.suffix = t.value === '' ? -1 : SUFFIXES.indexOf(t.value);
      t.type = t.suffix === -1 || t.suffix === NONE ? T.Invalid : T.Suffix;
    } else if (c === '~') {
      if (t.type >= T.CommitHash) return void (t.type = T.Invalid);
      this.pos++;
      t.value = this.span(/[0-9a-fA-F]/);
      t.type = t.value === '' ? T.Invalid : T.CommitHash;
    } else if (c === '-') {
      if (t.type >= T.RevisionNo || this.s[this.pos + 1] !== 'r') return void (t.type = T.Invalid);
      this.pos += 2;
      t.type = T.RevisionNo;
      this.digits();
    } else t.type = T.Invalid;
  }
}

function compareToken(a: Token, b: Token): number {
  switch (a.type) {
    case T.Digit:
      if (a.value[0] === '0' || b.value[0] === '0') return compareStrings(a.value, b.value);
      return compareDigits(a.value, b.value);
    case T.InitialDigit:
    case T.SuffixNo:
    case T.RevisionNo:
      return compareDigits(a.value, b.value);
    case T.Letter:
      return compareStrings(a.value, b.value);
    case T.Suffix:
      return Math.sign(a.suffix - b.suffix);
    default:
      return compareStrings(a.value, b.value);
  }
}

function compare(a: string, b: string): number {
  const ra = new Reader(a.trim());
  const rb = new Reader(b.trim());
  const ta = ra.t;
  const tb = rb.t;
  while (ta.type === tb.type && ta.type < T.End) {
    const rc = compareToken(ta, tb);
    if (rc) return rc;
    ra.next();
    rb.next();
  }
  if (ta.type === tb.type) return 0;
  // Equal so far: the longer version is newer unless it continues with a pre-release suffix.
  if (ta.type === T.Suffix && ta.suffix < NONE) return -1;
  if (tb.type === T.Suffix && tb.suffix < NONE) return 1;
  return ta.type > tb.type ? -1 : 1;
}

function isValid(v: string): boolean {
  const r = new Reader(v.trim());
  while (r.t.type < T.End) r.next();
  return r.t.type === T.End;
}

export const alpine: VersionScheme = { id: 'alpine', compare, isValid };
