// Where POMs come from: files in the scanned tree (read through the ExtractContext, errors
// propagate as FileErrors) and the local Maven repository the user pointed at (missing or broken
// POMs there are not the user's files: they become "not found" and a diagnostic, not a failure).
import { posix } from 'node:path';
import { FileError, type ExtractContext } from '../../core/plugin.js';
import { childrenNamed, child, parseXml, XmlError } from '../../util/xml.js';
import {
  activeProfiles,
  injectProfiles,
  type ActivationContext,
  type UnknownCondition,
} from './profile-activation.js';
import { parsePom, type RawPom } from './pom-schema.js';

export interface LoadedPom {
  /** The POM with its active profiles merged in. */
  raw: RawPom;
  /** Ids of the profiles merged in. */
  activeProfiles: string[];
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

/**
 * The metadata files Maven 3.8 reads to list an artifact's versions offline: what was installed
 * locally and what was downloaded from the default remote `central`. Maven reads neither a bare
 * maven-metadata.xml nor the version directories (checked with mvn -o), so neither do we.
 */
export const METADATA_FILES = ['maven-metadata-local.xml', 'maven-metadata-central.xml'];

export class PomLoader {
  private readonly versionCache = new Map<string, Promise<string[]>>();
  private readonly treeCache = new Map<string, Promise<LoadedPom | undefined>>();
  private readonly repoCache = new Map<string, Promise<LoadedPom | undefined>>();
  /** Repository POMs that exist but could not be parsed: coordinates -> file and reason. */
  readonly brokenRepoPoms = new Map<string, { file: string; reason: string }>();
  /** POMs of the scanned tree by coordinates, registered as the reactor is read. */
  readonly reactor = new Map<string, LoadedPom>();
  /** Profile conditions of tree POMs that could not be known offline, by POM file. */
  readonly unknownActivations: (UnknownCondition & { file: string })[] = [];

  constructor(private readonly ctx: ExtractContext) {}

  /** `--maven-property` values: they win over POM properties in interpolation, as `mvn -D` does. */
  get userProperties(): Record<string, string> {
    return this.ctx.mavenBuild?.properties ?? {};
  }

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
        return text === undefined ? undefined : this.withProfiles(parsePom(text, file), file, 'tree');
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

  /** Versions the repository's metadata lists for groupId:artifactId, in file order, deduplicated. */
  versions(groupId: string, artifactId: string): Promise<string[]> {
    const repo = this.ctx.mavenRepo;
    if (!repo) return Promise.resolve([]);
    const dir = `${groupId.replace(/\./g, '/')}/${artifactId}`;
    let hit = this.versionCache.get(dir);
    if (!hit) {
      hit = (async () => {
        const out = new Set<string>();
        for (const name of METADATA_FILES) {
          const path = `${dir}/${name}`;
          try {
            const text = await repo.readText(path);
            if (text === undefined) continue;
            const versioning = child(parseXml(text), 'versioning');
            for (const v of childrenNamed(child(versioning, 'versions'), 'version'))
              if (v.text.trim()) out.add(v.text.trim());
          } catch (e) {
            if (!(e instanceof FileError) && !(e instanceof XmlError)) throw e;
            const line = e.line ? `line ${e.line}: ` : '';
            const detail = e instanceof FileError ? (e.detail ?? e.reason) : e.message;
            this.brokenRepoPoms.set(`${groupId}:${artifactId} (${name})`, {
              file: `${repo.dir}/${path}`,
              reason: `${line}${detail}`,
            });
          }
        }
        return [...out];
      })();
      this.versionCache.set(dir, hit);
    }
    return hit;
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
          return text === undefined ? undefined : await this.withProfiles(parsePom(text, file), file, 'repo');
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

  private async withProfiles(raw: RawPom, file: string, origin: 'tree' | 'repo'): Promise<LoadedPom> {
    if (!raw.profiles.length) return { raw, file, origin, activeProfiles: [] };
    const { active, unknown } = await activeProfiles(raw.profiles, this.activation(file, origin));
    if (origin === 'tree') this.unknownActivations.push(...unknown.map((u) => ({ ...u, file })));
    return { raw: injectProfiles(raw, active), file, origin, activeProfiles: active.map((p) => p.id) };
  }

  /**
   * -P ids apply to the scanned tree's POMs only (Maven does not pass them to dependencies' POMs).
   * File conditions resolve `${basedir}` and relative paths against the POM's directory and are
   * answered from the scanned tree; in repository POMs they cannot be known.
   */
  private activation(file: string, origin: 'tree' | 'repo'): ActivationContext {
    const build = this.ctx.mavenBuild;
    const properties = build?.properties ?? {};
    const dir = posix.dirname(file);
    return {
      profiles: origin === 'tree' ? (build?.profiles ?? []) : [],
      properties,
      exists: async (path) => {
        if (origin === 'repo') return undefined;
        // `${basedir}` is the POM's directory; other expressions are user properties.
        let p = path
          .replace(/\$\{(project\.)?basedir\}/g, `${this.ctx.root}/${dir}`)
          .replace(/\$\{([^}]+)\}/g, (w, n: string) => properties[n] ?? w)
          .replace(/\\/g, '/');
        if (p.includes('${')) return undefined;
        if (p.startsWith(`${this.ctx.root}/`)) p = p.slice(this.ctx.root.length + 1);
        else if (posix.isAbsolute(p)) return undefined;
        else p = posix.join(dir, p);
        const rel = posix.normalize(p);
        if (rel.startsWith('..')) return undefined;
        return (await this.ctx.realPath(rel)) !== undefined;
      },
    };
  }
}
