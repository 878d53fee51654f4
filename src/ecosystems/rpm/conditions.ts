// Evaluates the expression of an `%if` line after macro expansion, as rpm does: integers,
// "quoted strings", version literals v"1.2", comparisons, !, &&, || and parentheses. Anything
// else (an unexpanded macro, a shell call) is an error the caller reports; it never guesses.

type Value = number | string;

export class ConditionError extends Error {}

export function evaluateCondition(expr: string): boolean {
  const tokens = tokenize(expr);
  let pos = 0;
  const peek = () => tokens[pos];
  const take = () => tokens[pos++];

  function primary(): Value {
    const t = take();
    if (t === undefined) throw new ConditionError('unexpected end of expression');
    if (t === '(') {
      const v = or();
      if (take() !== ')') throw new ConditionError('missing )');
      return v;
    }
    if (t === '!') return truthy(primary()) ? 0 : 1;
    if (t === '-') return -Number(primary());
    if (/^\d+$/.test(t)) return Number(t);
    if (t.startsWith('"')) return t.slice(1, -1);
    if (t.startsWith('v"')) return t.slice(2, -1);
    throw new ConditionError(`cannot evaluate ${JSON.stringify(t)}`);
  }
  function comparison(): Value {
    const left = primary();
    const op = peek();
    if (op && ['==', '!=', '<', '>', '<=', '>='].includes(op)) {
      take();
      const right = primary();
      const c =
        typeof left === 'number' && typeof right === 'number'
          ? left - right
          : String(left).localeCompare(String(right));
      return { '==': c === 0, '!=': c !== 0, '<': c < 0, '>': c > 0, '<=': c <= 0, '>=': c >= 0 }[op]!
        ? 1
        : 0;
    }
    return left;
  }
  function and(): Value {
    let v = comparison();
    while (peek() === '&&') {
      take();
      const r = comparison();
      v = truthy(v) && truthy(r) ? 1 : 0;
    }
    return v;
  }
  function or(): Value {
    let v = and();
    while (peek() === '||') {
      take();
      const r = and();
      v = truthy(v) || truthy(r) ? 1 : 0;
    }
    return v;
  }
  const result = or();
  if (pos !== tokens.length) throw new ConditionError(`unexpected ${JSON.stringify(tokens[pos])}`);
  return truthy(result);
}

const truthy = (v: Value) => (typeof v === 'number' ? v !== 0 : v !== '');

function tokenize(expr: string): string[] {
  const out: string[] = [];
  const re = /\s*(v?"[^"]*"|\d+|&&|\|\||==|!=|<=|>=|[()<>!-]|\S+)/y;
  let m: RegExpExecArray | null;
  while ((m = re.exec(expr)) !== null) {
    if (m[1] === undefined) break;
    out.push(m[1]);
    if (re.lastIndex >= expr.trimEnd().length) break;
  }
  return out;
}
