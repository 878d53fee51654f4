// Where POMs come from: files in the scanned tree (read through the ExtractContext, errors
// propagate as FileErrors) and the local Maven repository the user pointed at (missing or broken
// POMs there are not the user's files: they become "not found" and a diagnostic, not a failure).
import { posix } from 'node:path';
import { FileError, type ExtractContext } from '../../core/plugin.js';
import { parsePom, type RawPom } from './pom-schema.js';

export interface LoadedPom {
  raw: RawPom;
  /** Scan-root-relative path for tree POMs; `<repo>/g/a/v/a-v.pom` for repository POMs. */
  file: string;
  origin: 'tree' | 'repo';
}

export interface Coordinates {
  groupId: string;
  artifactId: string;
  version: string;
}

export const gav = (c: Coordinates): string => `${c.groupId}:${c.artifactId}:${c.version}`;

/** Repository layout: org.example:lib:1.0 -> org/example/lib/1.0/lib-1.0.pom. */
export const repoPomPath = (c: Coordinates): string =>
  `${c.groupId.replace(/\./g, '/')}/${c.artifactId}/${c.version}/${c.artifactId}-${c.version}.pom`;

export class PomLoader {
  private readonly treeCache = new Map<string, Promise<LoadedPom | undefined>>();
  private readonly repoCache = new Map<string, Promise<LoadedPom | undefined>>();
  /** Repository POMs that exist but could not be parsed: coordinates -> file and reason. */
  readonly brokenRepoPoms = new Map<string, { file: string; reason: string }>();
  /** POMs of the scanned tree by coordinates, registered as the reactor is read. */
  readonly reactor = new Map<string, LoadedPom>();

  constructor(private readonly ctx: ExtractContext) {}

  get hasRepo(): boolean {
    return !!this.ctx.mavenRepo;
  }

  /** A POM in the scanned tree; a directory path means its pom.xml. Undefined when absent. */
  tree(path: string): Promise<LoadedPom | undefined> {
    const file = this.ctx.tree.hasDir(path) ? posix.join(path, 'pom.xml') : posix.normalize(path);
    let hit = this.treeCache.get(file);
    if (!hit) {
      hit = (async () => {
        if (file.startsWith('..')) return undefined;
        const text = await this.ctx.readTextIfExists(file);
        return text === undefined ? undefined : { raw: parsePom(text, file), file, origin: 'tree' as const };
      })();
      this.treeCache.set(file, hit);
    }
    return hit;
  }

  /** A POM from the reactor (by coordinates) or else from the local repository. */
  byCoordinates(c: Coordinates): Promise<LoadedPom | undefined> {
    const inReactor = this.reactor.get(gav(c));
    if (inReactor) return Promise.resolve(inReactor);
    return this.repo(c);
  }

  repo(c: Coordinates): Promise<LoadedPom | undefined> {
    const repo = this.ctx.mavenRepo;
    if (!repo) return Promise.resolve(undefined);
    const path = repoPomPath(c);
    let hit = this.repoCache.get(path);
    if (!hit) {
      hit = (async () => {
        const file = `${repo.dir}/${path}`;
        try {
          const text = await repo.readText(path);
          return text === undefined
            ? undefined
            : { raw: parsePom(text, file), file, origin: 'repo' as const };
        } catch (e) {
          if (!(e instanceof FileError)) throw e;
          const reason = `${e.line ? `line ${e.line}: ` : ''}${e.detail ?? e.reason}`;
          this.brokenRepoPoms.set(gav(c), { file, reason });
          return undefined;
        }
      })();
      this.repoCache.set(path, hit);
    }
    return hit;
  }
}
