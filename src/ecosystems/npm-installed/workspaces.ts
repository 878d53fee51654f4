// npm/Yarn `workspaces` globs: matching a directory against them (to leave a member to its root)
// and expanding them by listing directories through the ExtractContext (to find the importers).
import { posix } from 'node:path';
import type { ExtractContext } from '../../core/plugin.js';
import { inDir, selfAndAncestors } from './project-rules.js';
import { parseManifest } from './schema.js';

const normalise = (p: string): string => p.replace(/^\.\//, '').replace(/\/+$/, '');

function segmentRegex(seg: string): RegExp {
  const body = seg
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]');
  return new RegExp(`^${body}$`);
}

function globRegex(glob: string): RegExp {
  const parts = normalise(glob)
    .split('/')
    .map((s) => (s === '**' ? '(?:[^/]+/)*' : segmentRegex(s).source.slice(1, -1) + '/'));
  return new RegExp(`^${parts.join('')}$`);
}

/** True when `rel` (relative to the workspace root, no trailing slash) is a member per the globs. */
export function matchesWorkspaces(rel: string, globs: string[]): boolean {
  const subject = `${rel}/`;
  let hit = false;
  for (const g of globs) {
    if (g.startsWith('!')) {
      if (globRegex(g.slice(1)).test(subject)) return false;
    } else if (globRegex(g).test(subject)) hit = true;
  }
  return hit;
}

/**
 * The nearest ancestor directory whose package.json lists `dir` among its workspaces, if any.
 * Unreadable ancestors are ignored here: their own extraction reports them.
 */
export async function workspaceRootOf(dir: string, ctx: ExtractContext): Promise<string | undefined> {
  for (const anc of selfAndAncestors(dir).slice(1)) {
    const file = inDir(anc, 'package.json');
    if (!ctx.tree.hasFile(file)) continue;
    try {
      const m = parseManifest(await ctx.readText(file), file);
      const rel = anc === '.' ? dir : posix.relative(anc, dir);
      if (m.workspaces.length && matchesWorkspaces(rel, m.workspaces)) return anc;
    } catch {
      continue;
    }
  }
  return undefined;
}

const MAX_DEPTH = 8;

async function subdirs(ctx: ExtractContext, dir: string): Promise<string[]> {
  try {
    const entries = await ctx.listDir(dir);
    return entries
      .filter(
        (e) =>
          (e.kind === 'dir' || e.kind === 'symlink') && e.name !== 'node_modules' && !e.name.startsWith('.'),
      )
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
}

/** Workspace directories (relative to `root`) that match the globs and hold a discovered package.json. */
export async function expandWorkspaces(
  ctx: ExtractContext,
  root: string,
  globs: string[],
): Promise<string[]> {
  const candidates = new Set<string>();
  async function visit(rel: string, depth: number): Promise<void> {
    if (rel && ctx.tree.hasFile(inDir(inDir(root, rel), 'package.json')) && matchesWorkspaces(rel, globs))
      candidates.add(rel);
    if (depth >= MAX_DEPTH) return;
    for (const name of await subdirs(ctx, rel ? inDir(root, rel) : root))
      if (mayLeadToMatch(rel ? `${rel}/${name}` : name, globs))
        await visit(rel ? `${rel}/${name}` : name, depth + 1);
  }
  await visit('', 0);
  return [...candidates].sort();
}

/** Prune the directory walk: only descend where some positive glob could still match below. */
function mayLeadToMatch(rel: string, globs: string[]): boolean {
  const parts = rel.split('/');
  return globs.some((g) => {
    if (g.startsWith('!')) return false;
    const segs = normalise(g).split('/');
    for (let i = 0; i < parts.length; i++) {
      const s = segs[i];
      if (s === undefined) return false;
      if (s === '**') return true;
      if (!segmentRegex(s).test(parts[i]!)) return false;
    }
    return true;
  });
}
