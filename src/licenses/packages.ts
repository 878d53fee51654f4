// Groups a tree scan by package: each directory holding a manifest is a package; its declared
// license comes from the manifest, its detected license from the license files at its top level
// (and its LICENSES/ folder). A disagreement between the two is a finding.
import { combineAll, licenseIds } from './expression.js';
import type { FileResult } from './scan-tree.js';

export interface PackageLicenses {
  /** Directory relative to the scanned root ('.' for the root). */
  path: string;
  manifest: string;
  name?: string;
  version?: string;
  declared: string | null;
  detected: string | null;
  /** null when either side is unknown. */
  agrees: boolean | null;
  copyrights: string[];
  licenseFiles: string[];
}

const MANIFESTS = new Set([
  'package.json',
  'Cargo.toml',
  'pyproject.toml',
  'composer.json',
  'pom.xml',
  'oh-package.json5',
  'setup.cfg',
]);

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '.' : path.slice(0, i);
}

function family(id: string): string {
  return id.replace(/-(only|or-later)$/, '').replace(/\+$/, '');
}

/** Names of files whose license stands for their whole package (at its top level). */
export const PACKAGE_LICENSE_FILE = /^(licen[cs]e|copying|notice|unlicense)/i;

/** True when a file holds a full license text or a standard notice (not only a tag or a name). */
export function holdsLicense(r: FileResult): boolean {
  return r.detections.some((d) => d.kind === 'text' || d.kind === 'notice');
}

export interface DetectedLicense {
  /** The licenses of all the package's license files, combined. */
  expression: string;
  /** The first license file that contributed, and the first line of its first text or notice. */
  file: string;
  line: number;
}

/** Combines the license files of one package (already chosen by name or folder) into one expression. */
export function detectedLicense(licenseFiles: FileResult[]): DetectedLicense | null {
  const used = licenseFiles.filter((r) => r.expression && holdsLicense(r));
  const expression = combineAll(used.map((r) => r.expression!));
  if (!expression || !used[0]) return null;
  const first = used[0].detections.find((d) => d.kind === 'text' || d.kind === 'notice')!;
  return { expression, file: used[0].path, line: first.startLine };
}

export function sameLicenses(a: string, b: string): boolean {
  const x = new Set(licenseIds(a).map(family));
  const y = new Set(licenseIds(b).map(family));
  return x.size === y.size && [...x].every((id) => y.has(id));
}

/**
 * Declared and detected licenses agree when they name the same licenses, or when the declared one
 * is a choice (`MIT OR Apache-2.0`) and the license files hold some of its options.
 */
export function licensesAgree(declared: string, detected: string): boolean {
  if (sameLicenses(declared, detected)) return true;
  if (/\b(AND|WITH)\b/.test(declared) || !/\bOR\b/.test(declared)) return false;
  const offered = new Set(licenseIds(declared).map(family));
  return licenseIds(detected).every((id) => offered.has(family(id)));
}

export function groupPackages(allFiles: string[], results: FileResult[]): PackageLicenses[] {
  const byPath = new Map(results.map((r) => [r.path, r]));
  const packages = new Map<string, PackageLicenses>();
  for (const f of allFiles) {
    const name = f.slice(f.lastIndexOf('/') + 1);
    if (!MANIFESTS.has(name)) continue;
    const dir = dirOf(f);
    if (packages.has(dir)) continue;
    const declared = byPath.get(f)?.expression ?? null;
    packages.set(dir, {
      path: dir,
      manifest: f,
      declared,
      detected: null,
      agrees: null,
      copyrights: [],
      licenseFiles: [],
    });
  }
  for (const r of results) {
    const dir = dirOf(r.path);
    const top = packages.get(dir);
    const parent = dir.endsWith('/LICENSES') || dir === 'LICENSES' ? packages.get(dirOf(dir)) : undefined;
    const pkg = top ?? parent;
    if (!pkg || r.path === pkg.manifest || !holdsLicense(r)) continue;
    if (!PACKAGE_LICENSE_FILE.test(r.path.slice(r.path.lastIndexOf('/') + 1)) && !parent) continue;
    pkg.licenseFiles.push(r.path);
    pkg.copyrights.push(...r.copyrights.filter((c) => !pkg.copyrights.includes(c)));
  }
  for (const pkg of packages.values()) {
    const exprs = pkg.licenseFiles.map((f) => byPath.get(f)!.expression).filter((e): e is string => !!e);
    pkg.detected = combineAll(exprs);
    if (pkg.declared && pkg.detected) pkg.agrees = licensesAgree(pkg.declared, pkg.detected);
  }
  return [...packages.values()].sort((a, b) => a.path.localeCompare(b.path));
}
