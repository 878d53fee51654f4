// Multi-module builds: the POM at the top of a reactor becomes one graph whose importers are the
// modules (recursively); a POM that an aggregator above it lists as a module is left to that
// aggregator, so each module is reported once.
import { posix } from 'node:path';
import type { FileFailure } from '../../core/status.js';
import { FileError } from '../../core/plugin.js';
import type { LoadedPom, PomLoader } from './pom-loader.js';

const moduleFile = (pom: LoadedPom, module: string) =>
  posix.normalize(posix.join(posix.dirname(pom.file), module.replace(/\/pom\.xml$/, ''), 'pom.xml'));

/** True when the parent POM or the POM one directory up lists this POM as a module. */
export async function isModuleOfAggregator(pom: LoadedPom, loader: PomLoader): Promise<boolean> {
  const dir = posix.dirname(pom.file);
  if (dir === '.') return false;
  const candidates = new Set([posix.join(dir, '..', 'pom.xml')]);
  const rel = pom.raw.parent?.relativePath;
  if (rel) candidates.add(posix.join(dir, rel.endsWith('.xml') ? rel : posix.join(rel, 'pom.xml')));
  for (const c of candidates) {
    const file = posix.normalize(c);
    if (file.startsWith('..')) continue;
    const agg = await loader.tree(file).catch(() => undefined);
    if (agg?.raw.modules.some((m) => moduleFile(agg, m.path) === pom.file)) return true;
  }
  return false;
}

/** The root POM and every module below it, root first; unreadable modules become failures. */
export async function reactorPoms(
  root: LoadedPom,
  loader: PomLoader,
  failures: FileFailure[],
): Promise<LoadedPom[]> {
  const out: LoadedPom[] = [];
  const seen = new Set<string>();
  const visit = async (pom: LoadedPom) => {
    if (seen.has(pom.file)) return;
    seen.add(pom.file);
    out.push(pom);
    for (const m of pom.raw.modules) {
      const file = moduleFile(pom, m.path);
      try {
        const found = file.startsWith('..') ? undefined : await loader.tree(file);
        if (found) await visit(found);
        else
          failures.push({
            file: pom.file,
            line: m.line,
            reason: 'inconsistent',
            detail: `module ${m.path} has no ${file}`,
          });
      } catch (e) {
        if (!(e instanceof FileError)) throw e;
        failures.push({ file: e.file, line: e.line, reason: e.reason, detail: e.detail });
      }
    }
  };
  await visit(root);
  return out;
}
