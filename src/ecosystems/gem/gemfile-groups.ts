// Which gems a Gemfile puts only in development-like groups. Gemfiles are Ruby, so this is a
// line-based reading of the common forms (`group :development, :test do ... end` blocks and
// `gem "x", group: :test` / `groups: [...]` options), not an evaluation.
const DEV_GROUPS = new Set(['development', 'test', 'dev', 'ci', 'lint', 'rubocop', 'debug', 'tools']);

function symbols(text: string): string[] {
  return [...text.matchAll(/:(\w+)|["'](\w+)["']/g)].map((m) => m[1] ?? m[2]!);
}

/** Gem names declared only in development-like groups. */
export function devOnlyGems(gemfile: string): Set<string> {
  const groupsOf = new Map<string, string[][]>();
  const stack: (string[] | null)[] = [];
  for (const raw of gemfile.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const group = /^group\s+(.+?)\s+do\b/.exec(line);
    if (group) {
      stack.push(symbols(group[1]!));
      continue;
    }
    if (/\bdo(\s*\|[^|]*\|)?\s*$/.test(line)) {
      stack.push(null);
      continue;
    }
    if (line === 'end') {
      stack.pop();
      continue;
    }
    const gem = /^gem\s+["']([^"']+)["'](.*)$/.exec(line);
    if (!gem) continue;
    const inline = /\bgroups?:\s*(\[[^\]]*\]|:\w+|["']\w+["'])/.exec(gem[2]!);
    const enclosing = stack.filter((s): s is string[] => s !== null).flat();
    const groups = [...enclosing, ...(inline ? symbols(inline[1]!) : [])];
    groupsOf.set(gem[1]!, [...(groupsOf.get(gem[1]!) ?? []), groups.length ? groups : ['default']]);
  }
  const out = new Set<string>();
  for (const [name, declarations] of groupsOf)
    if (declarations.every((groups) => groups.every((g) => DEV_GROUPS.has(g)))) out.add(name);
  return out;
}
