// Splits the value of a Requires-like tag into dependencies: `a b >= 1.0, c` gives a, b (>= 1.0)
// and c. Boolean (rich) dependencies such as `(a or b)` are returned separately: they name
// alternatives, not one package, so they are not turned into components.
export interface Dependency {
  name: string;
  /** `>= 1.0`, `= 1.2-3`: operator and version as written. */
  constraint?: string;
}

const OPERATORS = new Set(['<', '>', '<=', '>=', '=', '==']);

export function parseDependencies(value: string): { deps: Dependency[]; rich: string[] } {
  const deps: Dependency[] = [];
  const rich: string[] = [];
  const tokens = tokenize(value);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.startsWith('(')) {
      rich.push(t);
      continue;
    }
    const op = tokens[i + 1];
    const version = tokens[i + 2];
    if (op && OPERATORS.has(op) && version) {
      deps.push({ name: t, constraint: `${op} ${version}` });
      i += 2;
    } else deps.push({ name: t });
  }
  return { deps, rich };
}

/** Whitespace/comma separated words; a parenthesised group (even with spaces) is one word. */
function tokenize(value: string): string[] {
  const out: string[] = [];
  let word = '';
  let level = 0;
  for (const c of value) {
    if (c === '(') level++;
    if (c === ')') level = Math.max(0, level - 1);
    if (level === 0 && (c === ',' || /\s/.test(c))) {
      if (word) out.push(word);
      word = '';
    } else word += c;
  }
  if (word) out.push(word);
  return out;
}
