// The npm lockfile parser: package-lock.json / npm-shrinkwrap.json (lockfileVersion 1, 2 and 3)
// into a DependencyGraph. The root's declarations come from the package.json beside the lockfile,
// read through the ExtractContext; contradictions between the two are reported, not fatal.
import { diagnostic, type Diagnostic } from '../../core/diagnostics.js';
import type { DependencyGraph } from '../../core/model.js';
import { FileError, type ExtractContext, type ExtractOutput } from '../../core/plugin.js';
import type { FileFailure } from '../../core/status.js';
import { jsonErrorDetail, jsonErrorLine } from '../../util/json-error.js';
import { KeyLines } from './key-lines.js';
import { legacyRootDeclarations } from './legacy-tree.js';
import { failureOf, fillLinkedFolders } from './linked-folders.js';
import { buildEdges } from './lock-edges.js';
import { classify, fileDir } from './lock-nodes.js';
import { checkManifest } from './manifest-consistency.js';
import { isObject, readEntry, readLockfile, type JsonObject, type LockEntry } from './schema.js';

export const PLUGIN_ID = 'npm/package-lock';

/** JSON.parse with the failure turned into a FileError on the right line. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new FileError('parse-error', file, jsonErrorDetail(message), jsonErrorLine(text, message));
  }
}

/** Line of the first `"key":` in the text: for error reports only, so a plain search will do. */
const lineOf = (text: string, key: string): number | undefined => {
  const at = text.indexOf(`${JSON.stringify(key)}:`);
  return at < 0 ? undefined : text.slice(0, at).split('\n').length;
};

/** A package.json beside the lockfile, or undefined (its own problems recorded as failures). */
async function readManifest(
  ctx: ExtractContext,
  file: string,
  failures: FileFailure[],
): Promise<JsonObject | undefined> {
  try {
    const text = await ctx.readTextIfExists(file);
    if (text === undefined) return undefined;
    const doc = parseJson(text, file);
    if (isObject(doc)) return doc;
    failures.push({ file, reason: 'parse-error', detail: 'expected a JSON object at the top level' });
  } catch (err) {
    if (!(err instanceof FileError)) throw err;
    failures.push(failureOf(err));
  }
  return undefined;
}

const join = (dir: string, rel: string) => (dir === '.' ? rel : `${dir}/${rel}`);

export async function extractPackageLock(path: string, ctx: ExtractContext): Promise<ExtractOutput> {
  const text = await ctx.readText(path);
  const lock = readLockfile(parseJson(text, path));
  if ('kind' in lock) {
    const reason = lock.kind === 'version' ? 'unsupported-version' : 'parse-error';
    throw new FileError(
      reason,
      path,
      lock.detail,
      lineOf(text, lock.kind === 'version' ? 'lockfileVersion' : 'packages'),
    );
  }
  const failures: FileFailure[] = [];
  const lines = new KeyLines(text);
  for (const key of lock.skipped)
    failures.push({
      file: path,
      reason: 'parse-error',
      detail: `entry "${key}" is not an object`,
      line: lineOf(text, key) ?? 1,
    });

  const dir = fileDir(path);
  if (lock.version === 1) await fillLinkedFolders(lock, dir, ctx, failures);
  const manifestFile = join(dir, 'package.json');
  const manifest = await readManifest(ctx, manifestFile, failures);
  const classified = classify({ file: path, lock, lines, rootManifest: manifest });
  const rootDeclarations: LockEntry | undefined = manifest
    ? readEntry('', manifest)
    : lock.version === 1
      ? legacyRootDeclarations(lock.entries)
      : undefined;
  const { edges, missing } = buildEdges({ lock, classified, rootDeclarations });

  // A root declaration missing from the lockfile is reported once, as an inconsistency below.
  const gaps = manifest ? missing.filter((m) => m.from !== '') : missing;
  const diagnostics: Diagnostic[] = gaps.map((m) => {
    const line =
      classified.nodes.get(m.from)?.location?.line ??
      (lock.version >= 2 ? lines.first(2, m.from) : undefined);
    return diagnostic(
      'inventory/missing-dependency',
      { file: path, from: m.from === '' ? '.' : m.from, name: m.name, range: m.range },
      { location: line ? { file: path, line } : { file: path } },
    );
  });

  if (manifest)
    failures.push(...checkManifest(path, manifestFile, '', readEntry('', manifest), lock, classified));
  for (const [key] of classified.importerPaths) {
    if (key === '') continue;
    const wsFile = join(dir, `${key}/package.json`);
    const wsManifest = await readManifest(ctx, wsFile, failures);
    if (wsManifest)
      failures.push(...checkManifest(path, wsFile, key, readEntry(key, wsManifest), lock, classified));
  }

  const graph: DependencyGraph = {
    ecosystem: 'npm',
    plugin: PLUGIN_ID,
    source: path,
    importers: classified.importers,
    nodes: [...classified.nodes.values()],
    edges,
  };
  return { graphs: [graph], diagnostics, failures };
}
