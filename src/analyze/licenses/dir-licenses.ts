// What one directory says about its own license: the license files at its top level and in its
// LICENSES/ folder, detected as `steward licenses` detects them, and the license its own metadata
// declares (package.json, Cargo.toml, a wheel's METADATA…). Never throws: unreadable files are
// returned as such, binary ones are passed over, and source files are never read.
import type { DirEntry, ExtractContext } from '../../core/plugin.js';
import { fileKind } from '../../licenses/file-kinds.js';
import { detectedLicense, PACKAGE_LICENSE_FILE, type DetectedLicense } from '../../licenses/packages.js';
import { scanFile, type FileResult } from '../../licenses/scan-tree.js';
import { coreMetadataLicense } from './core-metadata.js';
import { parseJsonManifest, type JsonManifest } from './json-manifest.js';

export interface Evidence {
  expression: string;
  file: string;
  line: number;
}

export interface DirLicenses {
  /** The license the directory's own metadata declares. */
  declared: Evidence | null;
  /** The license its license files hold. */
  detected: DetectedLicense | null;
  /** Files that could not be read, with the reason. */
  unreadable: { file: string; detail: string }[];
}

/**
 * Folders whose every file is a license text: REUSE's `LICENSES/` (that exact name: a package's
 * `licenses/` may be data, as in spdx-license-list), and a wheel's `.dist-info/licenses/` (PEP 639)
 * or `license_files/` (older wheel versions).
 */
function licenseDir(dir: string, name: string): boolean {
  if (name === 'LICENSES') return true;
  return dir.endsWith('.dist-info') && (name === 'licenses' || name === 'license_files');
}

const join = (dir: string, name: string): string => (dir === '.' || dir === '' ? name : `${dir}/${name}`);
const isFileLike = (e: DirEntry): boolean => e.kind === 'file' || e.kind === 'symlink';

/** Lists and reads directories through the ExtractContext, each at most once per scan. */
export class DirReader {
  private readonly listings = new Map<string, Promise<DirEntry[] | undefined>>();
  private readonly files = new Map<string, ReturnType<typeof scanFile>>();
  private readonly dirs = new Map<string, Promise<DirLicenses>>();
  private readonly manifests = new Map<string, Promise<JsonManifest | undefined>>();

  constructor(readonly ctx: ExtractContext) {}

  /** The directory's entries, or undefined when it cannot be listed. */
  list(dir: string): Promise<DirEntry[] | undefined> {
    let p = this.listings.get(dir);
    if (!p) this.listings.set(dir, (p = this.ctx.listDir(dir).catch(() => undefined)));
    return p;
  }

  /** One file, detected once. */
  file(path: string): ReturnType<typeof scanFile> {
    if (this.files.has(path)) return this.files.get(path);
    let r: ReturnType<typeof scanFile>;
    try {
      r = scanFile(this.ctx.root, path);
    } catch (err) {
      // The detector must not sink the scan on one odd file.
      r = { path, reason: 'unreadable', detail: err instanceof Error ? err.message : String(err) };
    }
    this.files.set(path, r);
    return r;
  }

  /** A JSON manifest (package.json, composer.json), parsed once; undefined when unreadable or not JSON. */
  manifest(path: string): Promise<JsonManifest | undefined> {
    let p = this.manifests.get(path);
    if (!p)
      this.manifests.set(
        path,
        (p = this.ctx
          .readText(path, { maxBytes: 4 * 1024 * 1024 })
          .then(parseJsonManifest)
          .catch(() => undefined)),
      );
    return p;
  }

  /** The licenses of a directory; `metadata` names the manifest files to read for a declared one. */
  licenses(dir: string, metadata: string[]): Promise<DirLicenses> {
    let p = this.dirs.get(dir);
    if (!p) this.dirs.set(dir, (p = this.read(dir, metadata)));
    return p;
  }

  private async read(dir: string, metadata: string[]): Promise<DirLicenses> {
    const out: DirLicenses = { declared: null, detected: null, unreadable: [] };
    const entries = (await this.list(dir)) ?? [];
    const paths: string[] = [];
    for (const e of entries) {
      if (isFileLike(e) && PACKAGE_LICENSE_FILE.test(e.name) && fileKind(e.name) === 'license')
        paths.push(join(dir, e.name));
      else if (e.kind === 'dir' && licenseDir(dir, e.name))
        for (const f of (await this.list(join(dir, e.name))) ?? [])
          if (isFileLike(f) && fileKind(f.name) !== 'skip') paths.push(join(join(dir, e.name), f.name));
    }
    const results: FileResult[] = [];
    for (const path of paths.sort()) {
      const r = this.file(path);
      if (!r) continue;
      if ('reason' in r) {
        if (r.reason === 'unreadable') out.unreadable.push({ file: path, detail: r.detail ?? '' });
        continue;
      }
      results.push(r);
    }
    out.detected = detectedLicense(results);
    const names = new Set(entries.filter(isFileLike).map((e) => e.name));
    for (const name of metadata) {
      if (!names.has(name)) continue;
      out.declared = await this.declaredIn(join(dir, name), out);
      if (out.declared) break;
    }
    return out;
  }

  private async declaredIn(path: string, out: DirLicenses): Promise<Evidence | null> {
    if (path.endsWith('METADATA') || path.endsWith('PKG-INFO')) {
      try {
        const found = coreMetadataLicense(await this.ctx.readText(path, { maxBytes: 4 * 1024 * 1024 }));
        return found ? { ...found, file: path } : null;
      } catch (err) {
        out.unreadable.push({ file: path, detail: err instanceof Error ? err.message : String(err) });
        return null;
      }
    }
    if (path.endsWith('.json')) {
      const m = await this.manifest(path);
      return m?.license ? { expression: m.license, file: path, line: m.line } : null;
    }
    const r = this.file(path);
    if (!r || 'reason' in r || !r.expression) return null;
    return { expression: r.expression, file: path, line: r.detections[0]?.startLine ?? 1 };
  }
}
