// vendor/modules.txt (written by `go mod vendor`) -> DependencyGraph, for vendored trees shipped
// without their go.mod. Each `# module version [=> replacement]` header is a vendored module;
// `## explicit` marks the ones go.mod requires. A header without a version only records a
// replacement and is skipped.
import { posix } from 'node:path';
import type { DependencyGraph, GraphNode } from '../../core/model.js';
import { FileError, type ExtractContext, type ExtractOutput } from '../../core/plugin.js';
import { moduleNode } from './module-node.js';

export const VENDOR_PLUGIN_ID = 'golang/vendor-modules';

export async function extractVendorModules(file: string, ctx: ExtractContext): Promise<ExtractOutput> {
  const text = await ctx.readText(file);
  const projectDir = posix.dirname(posix.dirname(file));
  const nodes: GraphNode[] = [];
  let current: GraphNode | undefined;
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    const t = raw.trim();
    if (t.startsWith('## ')) {
      if (current && /(^|;)\s*explicit\s*(;|$)/.test(t.slice(3)))
        current.properties = { ...current.properties, explicit: true };
      return;
    }
    if (!t.startsWith('# ')) return;
    const [left, right] = t.slice(2).split(' => ') as [string, string | undefined];
    const [path, version, extra] = left.trim().split(/\s+/);
    if (!path || extra !== undefined)
      throw new FileError('parse-error', file, 'expected "# module version"', line);
    current = undefined;
    if (!version) return;
    const [newPath, newVersion] = right ? right.trim().split(/\s+/) : [];
    if (right !== undefined && !newPath)
      throw new FileError('parse-error', file, 'replacement without a path', line);
    current = moduleNode(
      { path, version, ...(newPath && { replacement: { path: newPath, version: newVersion } }) },
      file,
      line,
      projectDir,
    );
    nodes.push(current);
  });
  const graph: DependencyGraph = {
    ecosystem: 'golang',
    plugin: VENDOR_PLUGIN_ID,
    source: file,
    importers: [{ path: '..' }],
    nodes,
    edges: nodes.map((n) => ({ from: 'importer:..', to: n.id, kind: 'prod' as const })),
  };
  return { graphs: [graph] };
}
