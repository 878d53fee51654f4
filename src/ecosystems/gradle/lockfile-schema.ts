// Gradle dependency lockfiles, line by line: `group:artifact:version=conf1,conf2`, `empty=conf…`
// (Gradle 6+ single-file form, also buildscript- and settings-gradle.lockfile) and bare
// `group:artifact:version` lines (the per-configuration files of gradle/dependency-locks/).
// Anything else is an error naming its line; the other lines are still read.

export interface LockEntry {
  group: string;
  artifact: string;
  version: string;
  configurations: string[];
  line: number;
}

export interface LockfileContent {
  entries: LockEntry[];
  /** Configurations locked with no dependencies (`empty=`). */
  empty: string[];
  errors: { line: number; detail: string }[];
}

const ENTRY = /^([^:=\s]+):([^:=\s]+):([^:=\s]+)(?:=(.*))?$/;

export function parseLockfile(text: string, defaultConfiguration?: string): LockfileContent {
  const out: LockfileContent = { entries: [], empty: [], errors: [] };
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const configs = (list: string) =>
      list
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean);
    if (line.startsWith('empty=')) {
      out.empty.push(...configs(line.slice(6)));
      return;
    }
    const m = ENTRY.exec(line);
    if (!m || (m[4] === undefined && !defaultConfiguration)) {
      out.errors.push({
        line: i + 1,
        detail: `not a "group:artifact:version=configurations" line: ${line.slice(0, 80)}`,
      });
      return;
    }
    const configurations = m[4] === undefined ? [defaultConfiguration!] : configs(m[4]);
    out.entries.push({ group: m[1]!, artifact: m[2]!, version: m[3]!, configurations, line: i + 1 });
  });
  return out;
}

/** Build-classpath and compile/runtime classpath configurations are the product; test ones are dev. */
export function configurationKind(name: string): 'prod' | 'dev' {
  if (/^test|Test/.test(name)) return 'dev';
  if (/(^c|C)ompileClasspath$|(^r|R)untimeClasspath$|DependenciesMetadata$/.test(name)) return 'prod';
  return 'dev';
}
