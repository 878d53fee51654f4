// Reads an oh-package.json5 that has no lockfile beside it: the declared dependencies are all
// Steward can know, so they become unresolved components (version null, range as declared).
import { posix } from 'node:path';
import { diagnostic } from '../../core/diagnostics.js';
import {
  importerRef,
  type DependencyGraph,
  type EdgeKind,
  type GraphNode,
  type Importer,
} from '../../core/model.js';
import type { ExtractContext, ExtractOutput } from '../../core/plugin.js';
import { keyLineFinder, parseJson5 } from './json5-document.js';
import { ohpmPurl } from './purl.js';
import { applyParameters, findParameters } from './parameters.js';
import { readManifest } from './schema.js';

export const MANIFEST_PLUGIN_ID = 'ohpm/oh-package';

export async function extractOhPackage(file: string, ctx: ExtractContext): Promise<ExtractOutput> {
  const text = await ctx.readText(file);
  const manifest = readManifest(file, parseJson5(file, text));
  const failures = applyParameters(
    manifest,
    file,
    text,
    text.includes('@param:') ? await findParameters(posix.dirname(file), ctx) : undefined,
  );
  const lineOf = keyLineFinder(text);
  const nodes = new Map<string, GraphNode>();
  const edges: DependencyGraph['edges'] = [];
  const kinds: [Record<string, string>, EdgeKind][] = [
    [manifest.dependencies, 'prod'],
    [manifest.devDependencies, 'dev'],
    [manifest.dynamicDependencies, 'optional'],
  ];
  for (const [deps, kind] of kinds)
    for (const [name, range] of Object.entries(deps)) {
      const id = `${name}@${range}`;
      if (!nodes.has(id)) {
        const node: GraphNode = {
          id,
          ecosystem: 'ohpm',
          name,
          version: null,
          range,
          purl: ohpmPurl(name, null),
        };
        if (range.startsWith('file:'))
          node.source = {
            type: 'link',
            url: posix.normalize(posix.join(posix.dirname(file), range.slice(5))),
          };
        const line = lineOf(name);
        node.location = line ? { file, line } : { file };
        nodes.set(id, node);
      }
      edges.push({ from: importerRef('.'), to: id, kind, range });
    }
  const importer: Importer = { path: '.', manifest: file };
  if (manifest.name) {
    importer.name = manifest.name;
    importer.purl = ohpmPurl(manifest.name, manifest.version ?? null);
  }
  if (manifest.version) importer.version = manifest.version;
  const graph: DependencyGraph = {
    ecosystem: 'ohpm',
    plugin: MANIFEST_PLUGIN_ID,
    source: file,
    importers: [importer],
    nodes: [...nodes.values()],
    edges,
    unresolved: true,
  };
  const diagnostics = nodes.size
    ? [diagnostic('inventory/unresolved', { file }, { location: { file } })]
    : [];
  return { graphs: [graph], diagnostics, failures };
}
