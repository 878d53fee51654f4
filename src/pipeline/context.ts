// Builds the ExtractContext handed to plugins and analyzers: bounded reads under the scan root.
import type { ExtractContext, MavenBuild, TreeView } from '../core/plugin.js';
import { existsUnder, listDirUnder, readBytesUnder, readTextUnder, realPathUnder } from '../util/fs.js';

export function makeContext(
  root: string,
  tree: TreeView,
  offline: boolean,
  maxFileBytes: number,
  extras: { mavenRepo?: string | undefined; mavenBuild?: MavenBuild | undefined } = {},
): ExtractContext {
  const mavenRepo = extras.mavenRepo;
  return {
    ...(extras.mavenBuild ? { mavenBuild: extras.mavenBuild } : {}),
    ...(mavenRepo
      ? {
          mavenRepo: {
            dir: mavenRepo,
            readText: async (p: string) =>
              (await existsUnder(mavenRepo, p)) ? readTextUnder(mavenRepo, p, maxFileBytes) : undefined,
          },
        }
      : {}),
    root,
    offline,
    tree,
    readText: (p, o) => readTextUnder(root, p, o?.maxBytes ?? maxFileBytes),
    readTextIfExists: async (p, o) =>
      (await existsUnder(root, p)) ? readTextUnder(root, p, o?.maxBytes ?? maxFileBytes) : undefined,
    readBytes: (p, o) => readBytesUnder(root, p, o?.maxBytes ?? maxFileBytes),
    listDir: (p) => listDirUnder(root, p),
    realPath: (p) => realPathUnder(root, p),
  };
}
