// Lines of dependency declarations in a Cargo.toml, which parsed TOML values do not carry: a
// light scan of table headers and keys (`[dependencies]` + `serde = ...`, `[dependencies.serde]`,
// `[target.'cfg(unix)'.dependencies]`). Best effort, for locations only; parsing is smol-toml's.

const DEP_TABLE = /^(dependencies|dev-dependencies|dev_dependencies|build-dependencies|build_dependencies)$/;

/** Splits a dotted TOML key (`target."cfg(x)".dependencies`) into its unquoted parts. */
export function splitKey(text: string): string[] {
  const parts: string[] = [];
  let cur = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += c === '"' && text[j] === '\\' ? 2 : 1;
      const raw = text.slice(i + 1, j);
      cur += c === '"' ? raw.replace(/\\(["\\])/g, '$1') : raw;
      i = j;
    } else if (c === '.') {
      parts.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  parts.push(cur.trim());
  return parts;
}

/** The lookup key of a declaration: table as written, target (if any) and dependency key. */
export const declarationKey = (tableKey: string, target: string | undefined, key: string): string =>
  `${target ?? ''}\u0000${tableKey}\u0000${key}`;

/** Where a header path names a dependency table: `[dependencies]` or `[target.X.dependencies]`. */
function depTableOf(path: string[]): { target?: string; tableKey: string } | undefined {
  if (path.length === 1 && DEP_TABLE.test(path[0]!)) return { tableKey: path[0]! };
  if (path.length === 3 && path[0] === 'target' && DEP_TABLE.test(path[2]!))
    return { target: path[1]!, tableKey: path[2]! };
  return undefined;
}

/** 1-based line of each dependency declaration, keyed by `declarationKey`. */
export function declarationLines(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const lines = text.split('\n');
  let table: { target?: string; tableKey: string } | undefined;
  let inString: string | undefined;
  const record = (key: string, line: number) => {
    const k = declarationKey(table!.tableKey, table!.target, key);
    if (!out.has(k)) out.set(k, line);
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (inString) {
      if (raw.includes(inString)) inString = undefined;
      continue;
    }
    const header = /^\s*\[([^[\]]+)\]\s*(#.*)?$/.exec(raw);
    if (header) {
      const path = splitKey(header[1]!);
      table = depTableOf(path);
      const parent = depTableOf(path.slice(0, -1));
      if (!table && parent) {
        table = parent;
        record(path.at(-1)!, i + 1);
        table = undefined; // keys below belong to that dependency's own table
      }
      continue;
    }
    const kv = /^\s*((?:"[^"]*"|'[^']*'|[A-Za-z0-9_.\- ])+?)\s*=(.*)$/.exec(raw);
    if (kv && table) record(splitKey(kv[1]!)[0]!, i + 1);
    for (const q of ['"""', "'''"]) if (kv && (kv[2]!.split(q).length - 1) % 2 === 1) inString = q;
  }
  return out;
}
