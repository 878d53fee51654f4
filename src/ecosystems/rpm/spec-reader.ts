// Walks a spec file line by line the way rpmbuild's parser does for the parts Steward needs: it
// tracks %if/%else/%endif, runs %define/%global/%undefine and bcond declarations, expands the
// preamble tags of the main package and of each %package, and skips the bodies of build and
// script sections. Problems are collected with their line numbers, never thrown mid-file.
import { ConditionError, evaluateCondition } from './conditions.js';
import { MacroError, MacroTable } from './macros.js';

export type DependencyTag =
  'Requires' | 'BuildRequires' | 'Recommends' | 'Suggests' | 'Supplements' | 'Enhances';

export interface TagValue {
  value: string;
  line: number;
}

export interface SpecPackage {
  /** Full binary package name (main package: Name). */
  name: string;
  /** Line of `Name:` or of the `%package` line. */
  line: number;
  tags: Map<string, TagValue>;
  dependencies: { tag: DependencyTag; qualifier?: string; value: string; line: number }[];
}

export interface SpecProblem {
  line: number;
  detail: string;
  /** True when the problem makes the whole file unusable (e.g. runaway recursion). */
  fatal?: boolean;
}

export interface SpecData {
  main: SpecPackage;
  subpackages: SpecPackage[];
  sources: TagValue[];
  patches: TagValue[];
  problems: SpecProblem[];
  macros: MacroTable;
}

const DEPENDENCY_TAGS = new Set<string>([
  'requires',
  'buildrequires',
  'recommends',
  'suggests',
  'supplements',
  'enhances',
]);
const CANONICAL: Record<string, DependencyTag> = {
  requires: 'Requires',
  buildrequires: 'BuildRequires',
  recommends: 'Recommends',
  suggests: 'Suggests',
  supplements: 'Supplements',
  enhances: 'Enhances',
};
/** Sections whose bodies are not preamble: their lines are skipped (definitions still run). */
const BODY_SECTIONS =
  /^%(description|prep|build|install|check|clean|files|changelog|pre|post|preun|postun|pretrans|posttrans|triggerin|triggerun|triggerpostun|triggerprein|filetriggerin|filetriggerun|transfiletriggerin|transfiletriggerun|verifyscript|sepolicy|generate_buildrequires|conf)\b/;
/** Distribution macros that declare a subpackage (openEuler's rpm-config). */
const SUBPACKAGE_MACROS: Record<string, string> = { '%package_help': 'help' };

export function readSpec(text: string, macros = new MacroTable()): SpecData {
  const lines = joinContinuations(text.split(/\r?\n/));
  const problems: SpecProblem[] = [];
  const main: SpecPackage = { name: '', line: 0, tags: new Map(), dependencies: [] };
  const subpackages: SpecPackage[] = [];
  const sources: TagValue[] = [];
  const patches: TagValue[] = [];
  let current: SpecPackage | undefined = main;
  let inChangelog = false;
  // Each open %if: whether its branch is active, and whether the enclosing one was.
  const stack: { active: boolean; parent: boolean; seenElse: boolean; line: number }[] = [];
  const active = () => stack.every((s) => s.active);

  const expand = (s: string, line: number): string | undefined => {
    try {
      return macros.expand(s);
    } catch (err) {
      if (!(err instanceof MacroError)) throw err;
      problems.push({ line, detail: err.message, fatal: err.kind === 'recursive' });
      return undefined;
    }
  };

  for (const { text: raw, line } of lines) {
    const trimmed = raw.trim();
    const cond = /^%(if|ifarch|ifnarch|ifos|ifnos|elif|elifarch|else|endif)\b\s*(.*)$/.exec(trimmed);
    if (cond && !inChangelog) {
      handleConditional(cond[1]!, cond[2]!, line);
      continue;
    }
    if (!active() || inChangelog) continue;
    if (trimmed.startsWith('#') || trimmed === '') continue;

    const def = /^%(define|global|undefine)\s+(.*)$/s.exec(trimmed);
    if (def) {
      try {
        macros.directive(def[1]!, def[2]!);
      } catch (err) {
        if (!(err instanceof MacroError)) throw err;
        problems.push({ line, detail: err.message, fatal: err.kind === 'recursive' });
      }
      continue;
    }
    const bcond = /^%bcond(_with|_without)?\s+(\S+)(?:\s+(\S+))?/.exec(trimmed);
    if (bcond) {
      declareBcond(bcond[1], bcond[2]!, bcond[3], line);
      continue;
    }
    const pkg = /^%package\s+(.*)$/.exec(trimmed);
    if (pkg) {
      const args = expand(pkg[1]!, line);
      if (args === undefined) continue;
      const named = /^-n\s+(\S+)/.exec(args.trim());
      const sub = named ? named[1]! : `${mainName()}-${args.trim().split(/\s+/)[0]}`;
      current = { name: sub, line, tags: new Map(), dependencies: [] };
      subpackages.push(current);
      continue;
    }
    const macroSub = SUBPACKAGE_MACROS[trimmed];
    if (macroSub) {
      subpackages.push({ name: `${mainName()}-${macroSub}`, line, tags: new Map(), dependencies: [] });
      current = undefined;
      continue;
    }
    if (BODY_SECTIONS.test(trimmed)) {
      current = undefined;
      inChangelog = trimmed.startsWith('%changelog');
      continue;
    }
    if (!current) continue;
    // A preamble line may be a macro that expands to a tag (`%{?x:Requires: y}`) or to nothing.
    const expanded = trimmed.includes('%') ? expand(trimmed, line) : trimmed;
    if (expanded === undefined) continue;
    for (const piece of expanded.split('\n')) readTag(piece.trim(), line, current);
  }
  for (const open of stack) problems.push({ line: open.line, detail: '%if without %endif' });
  return { main, subpackages, sources, patches, problems, macros };

  function mainName(): string {
    return main.tags.get('name')?.value ?? '';
  }

  function readTag(text: string, line: number, pkg: SpecPackage): void {
    const m = /^([A-Za-z][A-Za-z0-9]*)(\(([^)]*)\))?\s*:\s*(.*)$/.exec(text);
    if (!m) return;
    const key = m[1]!.toLowerCase();
    const value = m[4]!.trim();
    if (DEPENDENCY_TAGS.has(key)) {
      pkg.dependencies.push({ tag: CANONICAL[key]!, ...(m[3] ? { qualifier: m[3] } : {}), value, line });
      return;
    }
    if (pkg === main && /^source\d*$/.test(key)) sources.push({ value, line });
    else if (pkg === main && /^patch\d*$/.test(key)) patches.push({ value, line });
    else pkg.tags.set(key, { value, line });
    if (pkg === main && key === 'name') {
      main.name = value;
      main.line = line;
      macros.define('name', value);
    }
    if (pkg === main && ['version', 'release', 'epoch'].includes(key)) macros.define(key, value);
  }

  function handleConditional(kind: string, args: string, line: number): void {
    if (kind === 'endif') {
      if (!stack.pop()) problems.push({ line, detail: '%endif without %if' });
      return;
    }
    if (kind === 'else') {
      const top = stack.at(-1);
      if (!top) return void problems.push({ line, detail: '%else without %if' });
      top.active = top.parent && !top.seenElse;
      top.seenElse = true;
      return;
    }
    if (kind.startsWith('elif')) {
      const top = stack.at(-1);
      if (!top) return void problems.push({ line, detail: `%${kind} without %if` });
      top.active = top.parent && !top.seenElse && test(kind.slice(2), args, line);
      if (top.active) top.seenElse = true;
      return;
    }
    const parent = active();
    const value = parent ? test(kind, args, line) : false;
    stack.push({ active: value, parent, seenElse: value, line });
  }

  function test(kind: string, args: string, line: number): boolean {
    const expanded = expand(args, line) ?? '';
    if (kind === 'if') {
      try {
        return evaluateCondition(expanded);
      } catch (err) {
        if (!(err instanceof ConditionError)) throw err;
        // Inside build and script sections a condition cannot change what Steward reads.
        if (current) problems.push({ line, detail: `cannot evaluate %if ${args.trim()}: ${err.message}` });
        return false;
      }
    }
    const words = expanded.split(/[\s,]+/).filter(Boolean);
    const target = kind.includes('arch') ? (macros.get('_target_cpu')?.body ?? 'x86_64') : 'linux';
    const hit = words.includes(target);
    return kind.startsWith('ifn') ? !hit : hit;
  }

  function declareBcond(
    variant: string | undefined,
    name: string,
    dflt: string | undefined,
    line: number,
  ): void {
    let on: boolean;
    if (variant === '_with') on = macros.has(`_with_${name}`);
    else if (variant === '_without') on = !macros.has(`_without_${name}`);
    else {
      const d = dflt === undefined ? '0' : (expand(dflt, line) ?? '0');
      on = macros.has(`_with_${name}`) || (!macros.has(`_without_${name}`) && evaluateSafe(d));
    }
    if (on) macros.define(`with_${name}`, '1');
  }
}

function evaluateSafe(expr: string): boolean {
  try {
    return evaluateCondition(expr);
  } catch {
    return false;
  }
}

/** Joins lines ending in a backslash (multi-line %define bodies), keeping the first line number. */
function joinContinuations(lines: string[]): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let text = lines[i]!;
    while (text.endsWith('\\') && i + 1 < lines.length && /^\s*%(define|global)\s/.test(lines[start]!)) {
      text = `${text.slice(0, -1)}\n${lines[++i]}`;
    }
    out.push({ text, line: start + 1 });
  }
  return out;
}
