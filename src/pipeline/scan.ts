// The library entry point: discover -> extract -> analyze -> evaluate. Returns a typed result and
// never prints; progress goes to the caller through events. Reporting is a separate step
// (report/render.ts) so one scan can be rendered in several formats.
import { stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import type { Analyzer } from '../core/analyzer.js';
import { FAILURE_CODE } from '../core/codes.js';
import { diagnostic, type Diagnostic } from '../core/diagnostics.js';
import type { EventListener } from '../core/events.js';
import { buildInventory } from '../core/inventory.js';
import type { DependencyGraph } from '../core/model.js';
import { FileError, type EcosystemPlugin, type MavenBuild } from '../core/plugin.js';
import { RESULT_SCHEMA_VERSION, type ScanResult, type ScanSections } from '../core/result.js';
import type { FileFailure, ScanStatus } from '../core/status.js';
import { walk } from '../discover/walk.js';
import { defaultAnalyzers } from '../analyze/registry.js';
import type { HealthOptions } from '../health/analyze.js';
import { EVALUATORS } from '../evaluate/registry.js';
import type { Policy } from '../policy/types.js';
import { ECOSYSTEM_PLUGINS } from '../ecosystems/registry.js';
import { DEFAULT_MAX_FILE_BYTES, isDirectory } from '../util/fs.js';
import { TOOL_VERSION } from '../version.js';
import { rootfsTree } from '../ecosystems/os-packages/rootfs-tree.js';
import { makeContext } from './context.js';

export interface ScanOptions {
  /** Allow plugins and analyzers that need the network. Off by default: scanning is offline. */
  network?: boolean;
  /** Names or root-relative paths to leave out. */
  exclude?: string[];
  /** Treat the directory as a root filesystem: read only the OS package databases at their fixed places. */
  rootfs?: boolean;
  /** Largest file a parser will read, in bytes. */
  maxFileBytes?: number;
  /** A local Maven repository (e.g. ~/.m2/repository) to resolve Maven dependencies from; ignored when absent. */
  mavenRepo?: string;
  /** Maven profiles (`!id` deactivates) and user properties, as `mvn -P` / `-D` would give them. */
  mavenBuild?: MavenBuild;
  onEvent?: EventListener;
  /** Replace the registered plugins (tests, embedding). */
  plugins?: EcosystemPlugin[];
  analyzers?: Analyzer[];
  /**
   * Project health from git history when the scanned directory is a repository's top (default on);
   * false leaves it out. Never read for --rootfs scans.
   */
  health?: false | HealthOptions;
  /** A loaded steward.yaml: its verdicts are added as policy/… diagnostics. */
  policy?: Policy;
  /**
   * Directory of the local OSV database the vulnerability analyzer reads (the CLI passes --db or
   * the user's cache directory). Without it no vulnerability is checked: the analyzer adds a
   * `vuln/no-database` note, so a policy's vulnerability rule is reported as not evaluated.
   * Applies to the default analyzers; with `analyzers`, pass `createVulnsAnalyzer(dir)` instead.
   */
  vulnDb?: string;
}

/** The path to scan does not exist or cannot be scanned: a usage error, not a partial scan. */
export class ScanInputError extends Error {
  constructor(
    readonly path: string,
    readonly reason: 'not-found' | 'not-a-directory-or-file',
  ) {
    super(`${path}: ${reason}`);
    this.name = 'ScanInputError';
  }
}

const EXTRACT_CONCURRENCY = 8;

export async function scan(path: string, options: ScanOptions = {}): Promise<ScanResult> {
  const started = Date.now();
  const emit: EventListener = options.onEvent ?? (() => undefined);
  const st = await stat(path).catch(() => undefined);
  if (!st) throw new ScanInputError(path, 'not-found');
  if (!st.isDirectory() && !st.isFile()) throw new ScanInputError(path, 'not-a-directory-or-file');
  if (options.rootfs && !st.isDirectory()) throw new ScanInputError(path, 'not-a-directory-or-file');
  const root = st.isDirectory() ? resolve(path) : dirname(resolve(path));
  const only = st.isFile() ? basename(path) : undefined;
  const offline = !options.network;
  const plugins = options.plugins ?? ECOSYSTEM_PLUGINS;
  const analyzers =
    options.analyzers ??
    defaultAnalyzers({ health: options.rootfs ? false : options.health, vulnDb: options.vulnDb });

  emit({ type: 'discover:start', root });
  const tree = options.rootfs ? await rootfsTree(root) : await walk(root, { exclude: options.exclude ?? [] });
  const failures: FileFailure[] = [...tree.failures];
  const diagnostics: Diagnostic[] = [];
  const skipped: ScanStatus['skipped'] = [];
  const active = plugins.filter((p) => {
    if (offline && p.needs?.includes('network')) {
      skipped.push({ plugin: p.id, reason: 'network' });
      return false;
    }
    return true;
  });
  const work: { file: string; plugin: EcosystemPlugin }[] = [];
  for (const file of only ? [only] : tree.files)
    for (const plugin of active) if (plugin.claims(file, tree)) work.push({ file, plugin });
  // A directory where a plugin expects a file (say, a directory named package-lock.json) is
  // reported rather than silently passed over: the user believes that project is locked.
  if (!only)
    for (const dir of tree.dirs)
      if (dir !== '.' && active.some((p) => p.claims(dir, tree)))
        failures.push({ file: dir, reason: 'not-a-file', detail: 'is a directory' });
  emit({ type: 'discover:done', files: tree.files.length, claimed: work.length });

  const mavenRepo =
    options.mavenRepo && (await isDirectory(options.mavenRepo)) ? resolve(options.mavenRepo) : undefined;
  const ctx = makeContext(root, tree, offline, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, {
    mavenRepo,
    mavenBuild: options.mavenBuild,
  });
  const graphs: DependencyGraph[] = [];
  await runLimited(work, EXTRACT_CONCURRENCY, async ({ file, plugin }) => {
    emit({ type: 'extract:file', file, plugin: plugin.id });
    try {
      const out = await plugin.extract(file, ctx);
      graphs.push(...out.graphs);
      diagnostics.push(...(out.diagnostics ?? []));
      failures.push(...(out.failures ?? []).map((f) => ({ plugin: plugin.id, ...f })));
    } catch (err) {
      failures.push(toFailure(err, file, plugin.id));
    }
  });
  // Graphs arrive in completion order; sort them so results are deterministic.
  graphs.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.plugin < b.plugin ? -1 : 1));
  const inventory = buildInventory(graphs);
  emit({ type: 'extract:done', graphs: graphs.length, components: inventory.components.length });

  const sections: ScanSections = {};
  const addSections = (s: ScanSections) => Object.assign(sections, s);
  for (const analyzer of analyzers) {
    if (offline && analyzer.needs?.includes('network')) {
      skipped.push({ plugin: analyzer.id, reason: 'network' });
      continue;
    }
    emit({ type: 'analyze:start', analyzer: analyzer.id });
    const found = await analyzer.analyze({ inventory, ctx, addSections });
    diagnostics.push(...found);
    emit({ type: 'analyze:done', analyzer: analyzer.id, diagnostics: found.length });
  }

  if (work.length === 0 && failures.length === 0)
    diagnostics.push(diagnostic('inventory/nothing-found', { root: path }));
  for (const s of skipped)
    diagnostics.push(diagnostic('inventory/plugin-skipped', { plugin: s.plugin, reason: s.reason }));
  failures.sort((a, b) => cmp(a.file, b.file) || cmp(a.reason, b.reason));
  const failureDiagnostics = failures.map((f) =>
    diagnostic(
      FAILURE_CODE[f.reason],
      { file: f.file, detail: f.detail ?? '' },
      { location: f.line ? { file: f.file, line: f.line } : { file: f.file } },
    ),
  );

  const result: ScanResult = {
    schemaVersion: RESULT_SCHEMA_VERSION,
    tool: { name: 'steward', version: TOOL_VERSION },
    root: path,
    startedAt: new Date(started).toISOString(),
    durationMs: 0,
    projects: inventory.projects,
    components: inventory.components,
    relationships: inventory.relationships,
    diagnostics: [...failureDiagnostics, ...diagnostics],
    status: { complete: failures.length === 0 && skipped.length === 0, failures, skipped },
    ...sections,
  };
  if (options.policy) {
    // Evaluators read the finished result; their diagnostics go after the analyzers'.
    for (const evaluator of EVALUATORS)
      for (const v of evaluator.evaluate(result, options.policy)) result.diagnostics.push(...v.diagnostics);
  }
  result.durationMs = Date.now() - started;
  emit({ type: 'scan:done', complete: result.status.complete, ms: result.durationMs });
  return result;
}

function toFailure(err: unknown, file: string, plugin: string): FileFailure {
  if (err instanceof FileError) {
    const f: FileFailure = { file: err.file, plugin, reason: err.reason };
    if (err.detail) f.detail = err.detail;
    if (err.line) f.line = err.line;
    return f;
  }
  // A parser bug must not sink the scan: record it against the file with the message only.
  const message = err instanceof Error ? err.message : String(err);
  return { file, plugin, reason: 'parse-error', detail: message.split('\n')[0] ?? message };
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

async function runLimited<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await fn(items[next++]!);
  });
  await Promise.all(workers);
}
