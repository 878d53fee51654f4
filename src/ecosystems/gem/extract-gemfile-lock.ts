// Gemfile.lock -> DependencyGraph. Every spec of the GEM, GIT, PATH and plugin sources is a node
// (one per platform variant); a spec's dependency lines are prod edges to every locked variant of
// that name; DEPENDENCIES are the importer's edges, dev when the Gemfile declares the gem only in
// development-like groups (Gemfile.lock itself does not record groups).
import { posix } from 'node:path';
import type { GraphEdge, GraphNode, ResolvedSource } from '../../core/model.js';
import { FileError, type ExtractContext, type ExtractOutput } from '../../core/plugin.js';
import { makePurl } from '../../core/purl.js';
import type { FileFailure } from '../../core/status.js';
import { devOnlyGems } from './gemfile-groups.js';
import { parseGemfileLock, type Spec } from './lockfile-sections.js';

export const GEM_PLUGIN_ID = 'gem/gemfile-lock';
const RUBYGEMS = /^https?:\/\/rubygems\.org\/?$/;

function sourceOf(s: Spec, base: string): ResolvedSource {
  const remote = s.source.attrs.remote;
  if (s.source.kind === 'GIT') {
    const commit = s.source.attrs.revision;
    return { type: 'git', ...(remote && { url: remote }), ...(commit && { commit }) };
  }
  if (s.source.kind === 'PATH')
    return { type: 'file', ...(remote && { url: posix.normalize(posix.join(base, remote)) }) };
  return { type: 'registry', ...(remote && !RUBYGEMS.test(remote) && { url: remote }) };
}

function nodeOf(s: Spec, file: string, base: string, checksum: string | undefined): GraphNode {
  const source = sourceOf(s, base);
  const qualifiers: Record<string, string | undefined> = { platform: s.platform };
  if (source.type === 'git' && source.url)
    qualifiers.vcs_url = `git+${source.url}${source.commit ? `@${source.commit}` : ''}`;
  if (source.type === 'registry' && source.url) qualifiers.repository_url = source.url;
  const node: GraphNode = {
    id: `${s.name}@${s.version}${s.platform ? `-${s.platform}` : ''}`,
    ecosystem: 'gem',
    name: s.name,
    version: s.version,
    purl: makePurl({ type: 'gem', name: s.name, version: s.version, qualifiers }),
    source,
    location: { file, line: s.line },
  };
  if (s.platform) node.platform = { os: [s.platform] };
  if (checksum) node.hashes = [{ alg: 'SHA-256', value: checksum }];
  return node;
}

export async function extractGemfileLock(file: string, ctx: ExtractContext): Promise<ExtractOutput> {
  const text = await ctx.readText(file);
  const { lock, errors } = parseGemfileLock(text);
  if (!lock.specs.length && !lock.dependencies.length && errors.length)
    throw new FileError('parse-error', file, errors[0]!.detail, errors[0]!.line);
  const failures: FileFailure[] = errors.map((e) => ({
    file,
    line: e.line,
    reason: 'parse-error',
    detail: e.detail,
  }));
  const base = posix.dirname(file);
  const byName = new Map<string, string[]>();
  const nodes = new Map<string, GraphNode>();
  for (const s of lock.specs) {
    const key = `${s.name} ${s.version}${s.platform ? `-${s.platform}` : ''}`;
    const node = nodeOf(s, file, base, lock.checksums.get(key));
    if (nodes.has(node.id)) continue;
    nodes.set(node.id, node);
    byName.set(s.name, [...(byName.get(s.name) ?? []), node.id]);
  }
  const edges: GraphEdge[] = [];
  for (const s of lock.specs)
    for (const d of s.deps) {
      const targets = byName.get(d);
      // Bundler leaves out dependencies it does not install here (e.g. default gems); not an error.
      for (const to of targets ?? [])
        edges.push({ from: `${s.name}@${s.version}${s.platform ? `-${s.platform}` : ''}`, to, kind: 'prod' });
    }
  const gemfileName = file.endsWith('gems.locked') ? 'gems.rb' : posix.basename(file).replace(/\.lock$/, '');
  const gemfile = posix.join(base, gemfileName);
  const gemfileText = await ctx.readTextIfExists(gemfile);
  const dev = gemfileText === undefined ? new Set<string>() : devOnlyGems(gemfileText);
  for (const d of lock.dependencies) {
    const targets = byName.get(d.name);
    if (!targets) {
      failures.push({
        file,
        line: d.line,
        reason: 'inconsistent',
        detail: `dependency ${d.name} has no locked spec`,
      });
      continue;
    }
    for (const to of targets) edges.push({ from: 'importer:.', to, kind: dev.has(d.name) ? 'dev' : 'prod' });
  }
  const out: ExtractOutput = {
    graphs: [
      {
        ecosystem: 'gem',
        plugin: GEM_PLUGIN_ID,
        source: file,
        importers: [{ path: '.', ...(gemfileText !== undefined && { manifest: gemfile }) }],
        nodes: [...nodes.values()],
        edges,
      },
    ],
  };
  if (failures.length) out.failures = failures;
  return out;
}
