// pip requirements files -> DependencyGraph. `-r` files are followed (relative to the including
// file, each once) and their requirements join this graph at their own file and line; `-c`
// constraint files only pin versions of requirements listed elsewhere. A requirement pinned with
// == or === is resolved; anything else keeps its specifier as a range. A file whose name says
// dev, test, lint, docs or ci makes dev edges.
import { posix } from 'node:path';
import type { GraphNode, ResolvedSource } from '../../core/model.js';
import { FileError, type ExtractContext, type ExtractOutput } from '../../core/plugin.js';
import { PyGraphBuilder } from './graph-builder.js';
import { fileHashes, normalizeName, pypiPurl } from './names.js';
import { logicalLines, parseRequirementLine, pinnedVersion, type Requirement } from './requirements-line.js';

export const REQUIREMENTS_PLUGIN_ID = 'pypi/requirements';
const DEV_FILE = /(^|[-_.])(dev|develop|devel|test|tests|testing|lint|docs?|ci)([-_.]|$)/i;

interface Found {
  req: Requirement;
  file: string;
  line: number;
}

async function collect(
  ctx: ExtractContext,
  file: string,
  b: PyGraphBuilder,
  seen: Set<string>,
  out: { reqs: Found[]; constraints: Map<string, string> },
  constraint: boolean,
): Promise<void> {
  seen.add(file);
  const text = await ctx.readText(file);
  for (const { text: l, line } of logicalLines(text)) {
    let parsed;
    try {
      parsed = parseRequirementLine(l);
    } catch (e) {
      b.fail({ file, line, reason: 'parse-error', detail: (e as Error).message });
      continue;
    }
    if (parsed.kind === 'option') continue;
    if (parsed.kind === 'include') {
      const target = posix.normalize(posix.join(posix.dirname(file), parsed.path));
      if (seen.has(target)) continue;
      try {
        await collect(ctx, target, b, seen, out, constraint || parsed.constraint);
      } catch (e) {
        if (!(e instanceof FileError)) throw e;
        b.fail({
          file,
          line,
          reason: e.reason === 'unreadable' ? 'inconsistent' : e.reason,
          detail: `${parsed.path}: ${e.detail ?? e.reason}`,
        });
      }
      continue;
    }
    if (constraint) {
      const v = pinnedVersion(parsed.req.specifier);
      if (parsed.req.name && v) out.constraints.set(normalizeName(parsed.req.name), v);
      continue;
    }
    out.reqs.push({ req: parsed.req, file, line });
  }
}

function sourceOf(req: Requirement, file: string): ResolvedSource {
  if (!req.url) return { type: 'registry' };
  const url = req.url;
  if (/^(git|hg|svn|bzr)\+/.test(url)) {
    const commit = /@([0-9a-f]{40})(?:[#&]|$)/.exec(url)?.[1];
    return { type: 'git', url: url.replace(/#.*$/, ''), ...(commit && { commit }) };
  }
  if (/^[a-z]+:\/\//.test(url) && !url.startsWith('file:')) return { type: 'tarball', url };
  const local = url.replace(/^file:(\/\/)?/, '');
  return {
    type: 'file',
    url: local.startsWith('/') ? local : posix.normalize(posix.join(posix.dirname(file), local)),
  };
}

function nodeOf(f: Found, constraints: Map<string, string>): GraphNode | undefined {
  const { req } = f;
  const name =
    req.name ??
    (req.url && !/^[a-z+]+:\/\//.test(req.url) ? posix.basename(req.url.replace(/\/$/, '')) : undefined);
  if (!name) return undefined;
  const n = normalizeName(name);
  const version = pinnedVersion(req.specifier) ?? (req.url ? undefined : constraints.get(n)) ?? null;
  const source = sourceOf(req, f.file);
  const qualifiers =
    source.type === 'git'
      ? { vcs_url: `${source.url}` }
      : source.type === 'tarball'
        ? { download_url: source.url }
        : undefined;
  const node: GraphNode = {
    id: `${n}@${version ?? req.specifier}`,
    ecosystem: 'pypi',
    name: n,
    version,
    purl: pypiPurl(n, version, qualifiers),
    source,
    location: { file: f.file, line: f.line },
  };
  if (version === null) node.range = req.specifier || (req.url ?? '*');
  const hashes = fileHashes(req.hashes);
  if (hashes.length) node.hashes = hashes;
  const props: Record<string, string | boolean> = {};
  if (req.marker) props.marker = req.marker;
  if (req.extras.length) props.extras = req.extras.join(',');
  if (req.editable) props.editable = true;
  if (Object.keys(props).length) node.properties = props;
  return node;
}

export async function extractRequirements(file: string, ctx: ExtractContext): Promise<ExtractOutput> {
  const b = new PyGraphBuilder(REQUIREMENTS_PLUGIN_ID, file);
  const found = { reqs: [] as Found[], constraints: new Map<string, string>() };
  await collect(ctx, file, b, new Set(), found, false);
  b.importers.push({ path: '.', manifest: file });
  const kind =
    DEV_FILE.test(posix.basename(file).replace(/\.txt$/, '')) ||
    DEV_FILE.test(posix.basename(posix.dirname(file)) === 'requirements' ? posix.basename(file, '.txt') : '')
      ? 'dev'
      : 'prod';
  let pinned = 0;
  for (const f of found.reqs) {
    if (f.req.url === '.' && f.req.editable) continue; // `-e .`: the project itself
    const node = nodeOf(f, found.constraints);
    if (!node) {
      b.fail({
        file: f.file,
        line: f.line,
        reason: 'parse-error',
        detail: `no package name in ${f.req.url ?? ''} (add #egg=name)`,
      });
      continue;
    }
    if (node.version !== null) pinned++;
    if (!b.nodes.has(node.id)) b.nodes.set(node.id, node);
    b.addEdge('importer:.', node.id, kind, f.req.specifier || undefined);
  }
  if (b.nodes.size && !pinned) b.unresolved = true;
  return b.output();
}
