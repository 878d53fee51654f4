// npm workspaces are declared as glob patterns (`packages/*`, `apps/**`, `!packages/old`). The
// lockfile lists every folder it installed; a folder matching the root's patterns is a workspace
// (an importer), any other folder is the target of a `file:` dependency (a package).
import { isObject } from './schema.js';

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      // `**/` matches zero or more folders; a trailing `**` matches the rest.
      const slash = glob[i + 2] === '/';
      re += slash ? '(?:[^/]+/)*' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') re += '(?:';
    else if (c === '}') re += ')';
    else if (c === ',') re += '|';
    else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

const normalise = (p: string) => p.replace(/^\.\//, '').replace(/\/+$/, '');

/** The workspace patterns of a root manifest or lockfile root entry (`[...]` or `{ packages: [...] }`). */
export function workspacePatterns(value: unknown): string[] {
  const list = isObject(value) ? value.packages : value;
  return Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string') : [];
}

export function workspaceMatcher(patterns: string[]): (folder: string) => boolean {
  const include = patterns.filter((p) => !p.startsWith('!')).map((p) => globToRegExp(normalise(p)));
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => globToRegExp(normalise(p.slice(1))));
  return (folder) => {
    const f = normalise(folder);
    return include.some((r) => r.test(f)) && !exclude.some((r) => r.test(f));
  };
}
