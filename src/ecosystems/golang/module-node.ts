// Go modules as graph nodes, shared by go.mod, vendor/modules.txt and build info: the purl
// `pkg:golang/<module path>@<version>`, and how a replace directive changes what is built.
import { posix } from 'node:path';
import type { GraphNode } from '../../core/model.js';
import { makePurl } from '../../core/purl.js';

export function goPurl(path: string, version: string | null): string {
  const slash = path.lastIndexOf('/');
  return makePurl({
    type: 'golang',
    namespace: slash > 0 ? path.slice(0, slash) : undefined,
    name: slash > 0 ? path.slice(slash + 1) : path,
    version,
  });
}

export interface ModuleUse {
  path: string;
  version: string;
  /** The replacement, when a replace directive applies: another module, or a local directory. */
  replacement?: { path: string; version?: string };
}

/**
 * The node for a required module. A module replacement is inventoried as what is built (the new
 * path and version) and remembers what it replaces; a directory replacement keeps the required
 * path, has no version (the code is local) and points at the directory.
 */
export function moduleNode(
  use: ModuleUse,
  file: string,
  line: number | undefined,
  baseDir: string,
): GraphNode {
  const r = use.replacement;
  const local = r && r.version === undefined;
  const name = r && !local ? r.path : use.path;
  const version = local ? null : (r?.version ?? use.version);
  const node: GraphNode = {
    id: `${use.path}@${use.version}`,
    ecosystem: 'golang',
    name,
    version,
    purl: goPurl(name, version),
    source: local ? { type: 'file', url: localDir(baseDir, r!.path) } : { type: 'registry' },
    location: line ? { file, line } : { file },
  };
  if (local) node.range = use.version;
  if (r) node.properties = { replaces: `${use.path}@${use.version}` };
  return node;
}

const localDir = (baseDir: string, dir: string) =>
  dir.startsWith('/') ? dir : posix.normalize(posix.join(baseDir, dir));
