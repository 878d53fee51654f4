// PEP 508 environment markers, evaluated only as far as the platform goes: a package locked with
// `platform_machine == "x86_64"` or `sys_platform == "win32"` is never installed on a Linux
// loong64 machine, so its wheels are not judged there. Anything else in a marker (Python version,
// extras, groups) is unknown, and an unknown marker never rules a package out.

type Tri = boolean | undefined;

/** The platform a marker is evaluated against: Linux on the target's machine name. */
export function platformEnv(pyArch: string): Record<string, string> {
  return { platform_machine: pyArch, sys_platform: 'linux', platform_system: 'Linux', os_name: 'posix' };
}

/** False only when the marker certainly excludes this platform; undefined when it cannot tell. */
export function markerAllows(marker: string, env: Record<string, string>): Tri {
  const tokens =
    marker.match(/\(|\)|"[^"]*"|'[^']*'|===|==|!=|<=|>=|~=|<|>|\bnot\s+in\b|\bin\b|[\w.]+/g) ?? [];
  let i = 0;
  const or = (): Tri => {
    let v = and();
    while (tokens[i] === 'or') {
      i++;
      const r = and();
      v = v === true || r === true ? true : v === false && r === false ? false : undefined;
    }
    return v;
  };
  const and = (): Tri => {
    let v = atom();
    while (tokens[i] === 'and') {
      i++;
      const r = atom();
      v = v === false || r === false ? false : v === true && r === true ? true : undefined;
    }
    return v;
  };
  const atom = (): Tri => {
    if (tokens[i] === '(') {
      i++;
      const v = or();
      if (tokens[i] === ')') i++;
      return v;
    }
    const [left, op, right] = [tokens[i++], tokens[i++], tokens[i++]];
    if (!left || !op || !right) return undefined;
    const value = (t: string) => (/^["']/.test(t) ? t.slice(1, -1) : env[t]);
    const [a, b] = [value(left), value(right)];
    if (a === undefined || b === undefined) return undefined;
    if (op === '==' || op === '===') return a === b;
    if (op === '!=') return a !== b;
    if (op === 'in') return b.includes(a);
    if (/^not\s+in$/.test(op)) return !b.includes(a);
    return undefined;
  };
  const v = or();
  return i === tokens.length ? v : undefined;
}
