// gradle.lockfile (and buildscript-/settings-gradle.lockfile, gradle/dependency-locks/*.lockfile)
// -> DependencyGraph. A lockfile is flat: every locked module hangs off the project, prod when one
// of its configurations is a main compile/runtime classpath, dev otherwise (tests, build tools).
// Hashes come from the nearest gradle/verification-metadata.xml at or above the lockfile.
import { posix } from 'node:path';
import type { DependencyGraph, GraphEdge, GraphNode, Hash } from '../../core/model.js';
import { importerRef } from '../../core/model.js';
import { FileError, type ExtractContext, type ExtractOutput } from '../../core/plugin.js';
import { makePurl } from '../../core/purl.js';
import type { FileFailure } from '../../core/status.js';
import { configurationKind, parseLockfile } from './lockfile-schema.js';
import { parseVerificationMetadata } from './verification-metadata.js';

export const PLUGIN_ID = 'gradle/gradle-lockfile';
const MAX_LINE_ERRORS = 20;

/** The Gradle project directory a lockfile belongs to. */
export function projectDir(file: string): string {
  const dir = posix.dirname(file);
  return dir.endsWith('gradle/dependency-locks') ? posix.dirname(posix.dirname(dir)) : dir;
}

async function verificationHashes(ctx: ExtractContext, from: string, failures: FileFailure[]) {
  for (let dir = from; ; dir = posix.dirname(dir)) {
    const file = dir === '.' ? 'gradle/verification-metadata.xml' : `${dir}/gradle/verification-metadata.xml`;
    if (ctx.tree.hasFile(file)) {
      try {
        return { file, hashes: parseVerificationMetadata(await ctx.readText(file), file) };
      } catch (e) {
        if (!(e instanceof FileError)) throw e;
        failures.push({ file: e.file, line: e.line, reason: e.reason, detail: e.detail });
        return undefined;
      }
    }
    if (dir === '.') return undefined;
  }
}

export async function extractGradleLockfile(file: string, ctx: ExtractContext): Promise<ExtractOutput> {
  const text = await ctx.readText(file);
  const base = posix.basename(file);
  const legacy = posix.dirname(file).endsWith('gradle/dependency-locks');
  const lock = parseLockfile(text, legacy ? base.replace(/\.lockfile$/, '') : undefined);
  const failures: FileFailure[] = lock.errors
    .slice(0, MAX_LINE_ERRORS)
    .map((e) => ({ file, line: e.line, reason: 'parse-error' as const, detail: e.detail }));
  if (lock.errors.length > MAX_LINE_ERRORS)
    failures.push({
      file,
      reason: 'parse-error',
      detail: `${lock.errors.length - MAX_LINE_ERRORS} more unreadable lines`,
    });
  if (!lock.entries.length && !lock.empty.length && lock.errors.length)
    throw new FileError('parse-error', file, 'no Gradle lockfile entries', lock.errors[0]!.line);

  const dir = projectDir(file);
  const verification = await verificationHashes(ctx, dir, failures);
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const buildTooling = base !== 'gradle.lockfile' && !legacy;
  for (const e of lock.entries) {
    const id = `${e.group}:${e.artifact}:${e.version}`;
    const purl = makePurl({ type: 'maven', namespace: e.group, name: e.artifact, version: e.version });
    const node: GraphNode = {
      id,
      ecosystem: 'maven',
      name: `${e.group}:${e.artifact}`,
      version: e.version,
      purl,
      source: { type: 'registry' },
      location: { file, line: e.line },
      properties: { gradleConfigurations: e.configurations.join(',') },
    };
    const hashes: Hash[] | undefined = verification?.hashes.get(id);
    if (hashes) node.hashes = hashes;
    nodes.push(node);
    const prod = !buildTooling && e.configurations.some((c) => configurationKind(c) === 'prod');
    edges.push({ from: importerRef('.'), to: id, kind: prod ? 'prod' : 'dev' });
  }
  const graph: DependencyGraph = {
    ecosystem: 'maven',
    plugin: PLUGIN_ID,
    source: file,
    importers: [{ path: '.', manifest: file }],
    nodes,
    edges,
  };
  const out: ExtractOutput = { graphs: [graph] };
  if (failures.length) out.failures = failures;
  return out;
}
