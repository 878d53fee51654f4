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

export function sameLicenses(a: string, b: string): boolean {
  const x = new Set(licenseIds(a).map(family));
  const y = new Set(licenseIds(b).map(family));
  return x.size === y.size && [...x].every((id) => y.has(id));
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
    if (
      !pkg ||
      r.path === pkg.manifest ||
      !r.detections.some((d) => d.kind === 'text' || d.kind === 'notice')
    )
      continue;
    if (!/^(licen[cs]e|copying|notice|unlicense)/i.test(r.path.slice(r.path.lastIndexOf('/') + 1)) && !parent)
      continue;
    pkg.licenseFiles.push(r.path);
    pkg.copyrights.push(...r.copyrights.filter((c) => !pkg.copyrights.includes(c)));
  }
  for (const pkg of packages.values()) {
    const exprs = pkg.licenseFiles.map((f) => byPath.get(f)!.expression).filter((e): e is string => !!e);
    pkg.detected = combineAll(exprs);
    if (pkg.declared && pkg.detected) pkg.agrees = sameLicenses(pkg.declared, pkg.detected);
  }
  return [...packages.values()].sort((a, b) => a.path.localeCompare(b.path));
}
