// The modules a go.work `use`s, each read from its go.mod, and which go.work owns a module: Go
// looks for go.work in the module's directory and its parents and takes the nearest one, and the
// module belongs to that workspace only when the file `use`s its directory.
import { posix } from 'node:path';
import { FileError, type ExtractContext } from '../../core/plugin.js';
import type { FileFailure } from '../../core/status.js';
import type { UnknownDirective } from './directives.js';
import { parseGoMod, type GoMod } from './go-mod-schema.js';
import { parseGoWork, type GoWork } from './go-work-schema.js';

export interface WorkspaceModule {
  /** Directory relative to the scan root. */
  dir: string;
  goModFile: string;
  mod: GoMod;
  /** Line of the `use` that brings it in. */
  useLine: number;
}

const inDir = (dir: string, name: string) => (dir === '.' ? name : `${dir}/${name}`);

/** The `use` directory relative to the scan root, or undefined when it is absolute or escapes it. */
export function useDir(workDir: string, dir: string): string | undefined {
  if (dir.startsWith('/') || /^[A-Za-z]:[\\/]/.test(dir)) return undefined;
  const d = posix.normalize(posix.join(workDir, dir.replace(/\\/g, '/')));
  return d === '..' || d.startsWith('../') ? undefined : d;
}

export function unknownFailures(file: string, unknown: UnknownDirective[]): FileFailure[] {
  return unknown.map((u) => ({
    file,
    line: u.line,
    reason: 'parse-error',
    detail: `unknown directive "${u.verb}" skipped`,
  }));
}

export async function loadWorkspaceModules(
  work: GoWork,
  file: string,
  ctx: ExtractContext,
  failures: FileFailure[],
): Promise<WorkspaceModule[]> {
  const workDir = posix.dirname(file);
  const out: WorkspaceModule[] = [];
  const byPath = new Map<string, WorkspaceModule>();
  for (const use of work.uses) {
    const fail = (reason: FileFailure['reason'], detail: string) =>
      failures.push({ file, line: use.line, reason, detail });
    const dir = useDir(workDir, use.dir);
    if (dir === undefined) {
      fail('unreadable', `use ${use.dir}: outside the scanned directory`);
      continue;
    }
    if (out.some((m) => m.dir === dir)) continue;
    const goModFile = inDir(dir, 'go.mod');
    let mod: GoMod;
    try {
      const text = await ctx.readTextIfExists(goModFile);
      if (text === undefined) {
        fail('inconsistent', `use ${use.dir}: no go.mod in ${dir}`);
        continue;
      }
      mod = parseGoMod(text, goModFile);
    } catch (e) {
      if (!(e instanceof FileError)) throw e;
      failures.push({ file: e.file, line: e.line, reason: e.reason, detail: e.detail });
      continue;
    }
    failures.push(...unknownFailures(goModFile, mod.unknown));
    if (!mod.module) {
      fail('inconsistent', `use ${use.dir}: ${goModFile} has no module directive`);
      continue;
    }
    const twin = byPath.get(mod.module);
    if (twin) {
      fail('inconsistent', `module ${mod.module} appears twice in the workspace (${twin.dir} and ${dir})`);
      continue;
    }
    const m: WorkspaceModule = { dir, goModFile, mod, useLine: use.line };
    byPath.set(mod.module, m);
    out.push(m);
  }
  return out;
}

/** The go.work that owns the module in `moduleDir`, or undefined; an unreadable go.work owns nothing. */
export async function owningWorkspace(moduleDir: string, ctx: ExtractContext): Promise<string | undefined> {
  for (let d = moduleDir; ; d = posix.dirname(d)) {
    const workFile = inDir(d, 'go.work');
    if (ctx.tree.hasFile(workFile)) {
      let work: GoWork;
      try {
        work = parseGoWork(await ctx.readText(workFile), workFile);
      } catch {
        return undefined; // the go-work plugin reports it; the module is then read on its own
      }
      return work.uses.some((u) => useDir(d, u.dir) === moduleDir) ? workFile : undefined;
    }
    if (d === '.') return undefined;
  }
}
