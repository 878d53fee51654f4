// Compiled Go executables -> DependencyGraph from their embedded build info: the main module is
// the importer, each `dep` (with its `=>` replacement) a module, and the Go standard library a
// `stdlib` component at the toolchain's version, since its vulnerabilities ship in the binary too.
import { posix } from 'node:path';
import type { DependencyGraph, GraphNode, Importer } from '../../core/model.js';
import { FileError, type ExtractContext, type ExtractOutput } from '../../core/plugin.js';
import { isLocalPath as isLocal } from './directives.js';
import { isExecutable, parseModInfo, readBuildInfo, type ModInfo } from './build-info.js';
import { goPurl, moduleNode } from './module-node.js';

export const GO_BINARY_PLUGIN_ID = 'golang/go-binary';
/** Go executables larger than this are not read (the whole file is read to find the section). */
export const MAX_BINARY_BYTES = 512 * 1024 * 1024;

function stdlibNode(goVersion: string, info: ModInfo, file: string): GraphNode {
  const version = goVersion.split(/\s+/)[0]!.replace(/^go/, '');
  const node: GraphNode = {
    id: 'stdlib',
    ecosystem: 'golang',
    name: 'stdlib',
    version,
    purl: goPurl('stdlib', version),
    location: { file },
  };
  const os = info.settings.get('GOOS');
  const cpu = info.settings.get('GOARCH');
  if (os || cpu) node.platform = { ...(os && { os: [os] }), ...(cpu && { cpu: [cpu] }) };
  return node;
}

function mainImporter(info: ModInfo, file: string): Importer {
  const imp: Importer = { path: '.', manifest: file };
  const name = info.main?.path || info.path;
  if (name) {
    const version = info.main && info.main.version !== '(devel)' ? info.main.version : null;
    imp.name = name;
    if (version) imp.version = version;
    imp.purl = goPurl(name, version);
  }
  return imp;
}

export async function extractGoBinary(file: string, ctx: ExtractContext): Promise<ExtractOutput> {
  let bytes: Uint8Array;
  try {
    bytes = await ctx.readBytes(file, { maxBytes: MAX_BINARY_BYTES });
  } catch (e) {
    if (e instanceof FileError && e.reason === 'too-large') return { graphs: [] };
    throw e;
  }
  if (!isExecutable(bytes)) return { graphs: [] };
  const found = readBuildInfo(bytes);
  if (found.kind === 'none') return { graphs: [] };
  if (found.kind === 'truncated')
    throw new FileError(
      'parse-error',
      file,
      'truncated executable: its section table or build info lies past the end of the file',
    );
  if (found.kind === 'old-format')
    throw new FileError('unsupported-version', file, 'Go build info from before Go 1.18 (pointer format)');
  const info = parseModInfo(found.info.modinfo);
  const nodes: GraphNode[] = [stdlibNode(found.info.goVersion, info, file)];
  for (const dep of info.deps) {
    const r = dep.replacement;
    const local = r && (isLocal(r.path) || r.version === '(devel)' || !r.version);
    const node = moduleNode(
      {
        path: dep.path,
        version: dep.version,
        ...(r && { replacement: { path: r.path, version: local ? undefined : r.version } }),
      },
      file,
      undefined,
      posix.dirname(file),
    );
    const sum = r ? r.sum : dep.sum;
    if (sum) node.properties = { ...node.properties, 'go.sum:h1': sum };
    nodes.push(node);
  }
  const graph: DependencyGraph = {
    ecosystem: 'golang',
    plugin: GO_BINARY_PLUGIN_ID,
    source: file,
    importers: [mainImporter(info, file)],
    nodes,
    edges: nodes.map((n) => ({ from: 'importer:.', to: n.id, kind: 'prod' as const })),
  };
  return { graphs: [graph] };
}
