// One logical line of a pip requirements file, parsed: an option (-r, -c, -e, index options, ...)
// or a requirement (PEP 508 `name[extras] specifier ; marker`, `name @ url`, a VCS or archive URL,
// or a local path), with its per-requirement `--hash` options. No I/O; the caller follows includes.
import { requirementName } from './names.js';

export type ReqLine =
  | { kind: 'include'; constraint: boolean; path: string }
  | { kind: 'option' }
  | { kind: 'requirement'; req: Requirement };

export interface Requirement {
  name?: string;
  extras: string[];
  /** The version specifier (`==1.2`, `>=1,<2`), empty when none. */
  specifier: string;
  marker?: string;
  url?: string;
  editable: boolean;
  hashes: string[];
}

const INCLUDE = /^(-r|--requirement|-c|--constraint)(?:\s+|=)(.+)$/;
const EDITABLE = /^(-e|--editable)(?:\s+|=)(.+)$/;

/** `#egg=name` of a URL, or the project name in a wheel or sdist file name. */
export function nameFromUrl(url: string): { name?: string; version?: string } {
  const egg = /[#&]egg=([A-Za-z0-9._-]+)/.exec(url)?.[1];
  if (egg) return { name: egg };
  const file = url.split(/[?#]/)[0]!.split('/').at(-1) ?? '';
  const wheel = /^([A-Za-z0-9_.]+)-([0-9][^-]*)-.*\.whl$/.exec(file);
  if (wheel) return { name: wheel[1], version: wheel[2] };
  const sdist = /^([A-Za-z0-9_.-]+?)-([0-9][A-Za-z0-9.+!]*)\.(tar\.gz|zip|tar\.bz2)$/.exec(file);
  if (sdist) return { name: sdist[1], version: sdist[2] };
  return {};
}

const isUrlOrPath = (s: string) =>
  /^([a-z+]+:\/\/|git\+|hg\+|svn\+|bzr\+|file:|\.{1,2}\/|\/)/.test(s) || s === '.';

function splitHashes(text: string): { rest: string; hashes: string[] } {
  const hashes: string[] = [];
  const rest = text.replace(/\s--hash[=\s]\s*(\S+)/g, (_, h: string) => {
    hashes.push(h);
    return '';
  });
  return {
    rest: rest.replace(/\s--(config-settings|global-option|install-option)[=\s]\s*\S+/g, '').trim(),
    hashes,
  };
}

export function parseRequirementLine(text: string): ReqLine {
  const include = INCLUDE.exec(text);
  if (include)
    return {
      kind: 'include',
      constraint: include[1]!.startsWith('-c') || include[1] === '--constraint',
      path: include[2]!.trim(),
    };
  const editable = EDITABLE.exec(text);
  const { rest, hashes } = splitHashes(editable ? editable[2]! : text);
  if (!editable && rest.startsWith('-')) return { kind: 'option' };
  const [body, marker] = splitMarker(rest);
  const req: Requirement = { extras: [], specifier: '', editable: !!editable, hashes };
  if (marker) req.marker = marker;
  if (isUrlOrPath(body)) {
    req.url = body;
    const fromUrl = nameFromUrl(body);
    if (fromUrl.name) req.name = fromUrl.name;
    if (fromUrl.version) req.specifier = `==${fromUrl.version}`;
    return { kind: 'requirement', req };
  }
  const parsed = requirementName(body);
  if (!parsed) throw new Error(`not a requirement: ${body}`);
  req.name = parsed.name;
  req.extras = parsed.extras;
  if (parsed.rest.startsWith('@')) req.url = parsed.rest.slice(1).trim();
  else if (parsed.rest && !/^\(?\s*(===?|!=|~=|<=?|>=?)/.test(parsed.rest))
    throw new Error(`unexpected text after ${parsed.name}: ${parsed.rest}`);
  else req.specifier = parsed.rest.replace(/^\((.*)\)$/, '$1').replace(/\s+/g, '');
  return { kind: 'requirement', req };
}

/** Splits `body ; marker`; a `;` inside a URL needs a space before it, as pip requires. */
function splitMarker(text: string): [string, string | undefined] {
  const i = /^[a-z+]+:\/\//.test(text) ? text.indexOf(' ;') : text.indexOf(';');
  if (i < 0) return [text.trim(), undefined];
  return [text.slice(0, i).trim(), text.slice(i + 1).trim() || undefined];
}

/** The exact version a specifier pins (`==1.2.3`, `===1.2.3`), or undefined. */
export function pinnedVersion(specifier: string): string | undefined {
  const m = /^===?([^,*\s]+)$/.exec(specifier);
  return m ? m[1] : undefined;
}

/** Logical lines: comments removed, `\` continuations joined, each with its first physical line. */
export function logicalLines(text: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let buf = '';
  let start = 0;
  text.split('\n').forEach((raw, i) => {
    if (!buf) start = i + 1;
    let l = raw.replace(/\r$/, '');
    l = l.replace(/(^|\s)#.*$/, '');
    if (l.endsWith('\\')) {
      buf += `${l.slice(0, -1)} `;
      return;
    }
    buf += l;
    if (buf.trim()) out.push({ text: buf.trim(), line: start });
    buf = '';
  });
  if (buf.trim()) out.push({ text: buf.trim(), line: start });
  return out;
}
