// `steward licenses` over a directory: walks the whole tree (installed dependency trees included,
// since that is where dependency licenses live), reads each file that can hold a license within
// the size limits, and groups results by package (the nearest directory with a manifest).
import { FileError } from '../core/plugin.js';
import { listDirUnder, readHeadUnder, readHeadUnderSync } from '../util/fs.js';
import { decodeText, isBinary } from './decode.js';
import { combineAll } from './expression.js';
import { detectInText, type Detection, type FileDetections } from './detect-file.js';
import { fileKind, MAX_HEAD_BYTES, MAX_LICENSE_BYTES } from './file-kinds.js';
import { matcherIndex } from './match-text.js';
import { groupPackages, type PackageLicenses } from './packages.js';
import { parseDep5, parseReuseToml, reuseExpression, type ReuseRule } from './reuse.js';

export interface FileResult extends FileDetections {
  /** Relative to the scanned directory, forward slashes. */
  path: string;
  encoding?: string;
  /** Name and version, for JSON manifests (package.json, composer.json). */
  package?: { name?: string; version?: string };
}

export interface SkippedFile {
  path: string;
  reason: 'binary' | 'unreadable';
  detail?: string;
}

export interface TreeScan {
  files: FileResult[];
  skipped: SkippedFile[];
  packages: PackageLicenses[];
  /** Files considered (after name filtering) and files read. */
  stats: { seen: number; read: number; ms: number };
}

export interface TreeScanOptions {
  exclude?: string[];
  /** Include files without any finding in the result (default: only files with findings). */
  all?: boolean;
}

const NEVER = new Set(['.git', '.hg', '.svn']);
const CONCURRENCY = 32;

async function listFiles(root: string, exclude: Set<string>): Promise<string[]> {
  const files: string[] = [];
  const queue: string[] = [''];
  while (queue.length) {
    const batch = queue.splice(0, CONCURRENCY);
    await Promise.all(
      batch.map(async (dir) => {
        let entries;
        try {
          entries = await listDirUnder(root, dir || '.');
        } catch {
          return;
        }
        for (const e of entries) {
          const rel = dir ? `${dir}/${e.name}` : e.name;
          if (NEVER.has(e.name) || exclude.has(e.name) || exclude.has(rel)) continue;
          if (e.kind === 'dir') queue.push(rel);
          else if (e.kind === 'file') files.push(rel);
        }
      }),
    );
  }
  return files.sort();
}

async function reuseRules(root: string, files: string[]): Promise<ReuseRule[]> {
  const rules: ReuseRule[] = [];
  for (const [name, parse] of [
    ['REUSE.toml', parseReuseToml],
    ['.reuse/dep5', parseDep5],
  ] as const) {
    if (!files.includes(name)) continue;
    try {
      const { bytes } = await readHeadUnder(root, name, MAX_LICENSE_BYTES);
      rules.push(...parse(decodeText(bytes).text, name));
    } catch {
      // An unreadable REUSE file adds nothing; the files themselves are still scanned.
    }
  }
  return rules;
}

/**
 * Reads and detects one file under `root` as `steward licenses` does (also used by the scan's
 * license analyzer on package directories): undefined when the file cannot hold a license.
 */
export function scanFile(root: string, path: string): FileResult | SkippedFile | undefined {
  const kind = fileKind(path);
  if (kind === 'skip') return undefined;
  const limit = kind === 'source' ? MAX_HEAD_BYTES : MAX_LICENSE_BYTES;
  let head;
  try {
    head = readHeadUnderSync(root, path, limit);
  } catch (err) {
    return {
      path,
      reason: 'unreadable',
      detail: err instanceof FileError ? (err.detail ?? err.reason) : String(err),
    };
  }
  if (isBinary(head.bytes)) return kind === 'source' ? undefined : { path, reason: 'binary' };
  const { text, encoding } = decodeText(head.bytes);
  const found = detectInText(path, text, { kind, truncated: head.truncated && kind !== 'source' });
  const result: FileResult = { path, ...found };
  if (encoding !== 'utf-8') result.encoding = encoding;
  if (kind === 'metadata' && path.endsWith('.json')) {
    const pkg = manifestIdentity(text);
    if (pkg) result.package = pkg;
  }
  return result;
}

export async function scanTree(root: string, options: TreeScanOptions = {}): Promise<TreeScan> {
  const started = Date.now();
  const files = await listFiles(root, new Set(options.exclude ?? []));
  const rules = await reuseRules(root, files);
  // Build the text index up front so concurrent reads do not race to build it.
  matcherIndex();
  const results: FileResult[] = [];
  const skipped: SkippedFile[] = [];
  let read = 0;
  // Reads are synchronous: for many small files this is several times cheaper than promise I/O.
  for (const path of files) {
    const r = scanFile(root, path);
    if (r) read++;
    const rule = reuseExpression(rules, path);
    if (r && 'reason' in r) {
      skipped.push(r);
      continue;
    }
    const result: FileResult = r ?? { path, expression: null, detections: [], unknown: [], copyrights: [] };
    if (rule) addReuse(result, rule);
    const interesting =
      result.detections.length > 0 ||
      result.unknown.length > 0 ||
      fileKind(path) === 'license' ||
      !!result.package;
    if (interesting || options.all) results.push(result);
  }
  results.sort((a, b) => a.path.localeCompare(b.path));
  skipped.sort((a, b) => a.path.localeCompare(b.path));
  const packages = groupPackages(files, results);
  for (const pkg of packages) {
    const manifest = results.find((r) => r.path === pkg.manifest);
    if (manifest?.package) Object.assign(pkg, manifest.package);
  }
  return { files: results, skipped, packages, stats: { seen: files.length, read, ms: Date.now() - started } };
}

function manifestIdentity(text: string): { name?: string; version?: string } | undefined {
  try {
    const json = JSON.parse(text) as { name?: unknown; version?: unknown };
    const out: { name?: string; version?: string } = {};
    if (typeof json.name === 'string') out.name = json.name;
    if (typeof json.version === 'string') out.version = json.version;
    return out.name ? out : undefined;
  } catch {
    return undefined;
  }
}

function addReuse(result: FileResult, rule: ReuseRule): void {
  const d: Detection = {
    expression: rule.expression,
    kind: 'tag',
    startLine: rule.line,
    endLine: rule.line,
    score: 100,
    source: rule.source,
  };
  result.detections.push(d);
  result.expression = combineAll([...(result.expression ? [result.expression] : []), rule.expression]);
}
