// Declared against detected, inside `steward scan`: reads the license files of each scanned
// project directory and of each component's installed directory (when the tree holds one), and
// reports a disagreement with the declared license; a component that declares nothing gets the
// detected license recorded on it for SBOMs. Source-file headers are left to `steward licenses`.
import { diagnostic, type Diagnostic } from '../../core/diagnostics.js';
import { workspacePath, type Inventory } from '../../core/inventory.js';
import type { Component } from '../../core/model.js';
import type { ExtractContext } from '../../core/plugin.js';
import { licensesAgree, type DetectedLicense } from '../../licenses/packages.js';
import { componentLabel, type DeclaredLicenses } from './declared.js';
import { DirReader, type DirLicenses } from './dir-licenses.js';
import { Locator, PROJECT_METADATA } from './locate.js';

/** Directories read at once: listing is asynchronous, detection itself is synchronous. */
const CONCURRENCY = 8;

function mismatch(
  label: string,
  declared: { expression: string; from: string },
  detected: DetectedLicense,
  purl?: string,
): Diagnostic {
  return diagnostic(
    'license/detected-mismatch',
    { component: label, declared: declared.expression, detected: detected.expression, file: detected.file },
    {
      location: { file: detected.file, line: detected.line },
      ...(purl ? { component: purl } : {}),
      data: { declared: declared.expression, declaredIn: declared.from, detected: detected.expression },
    },
  );
}

interface ProjectDir {
  dir: string;
  label: string;
  metadata: string[];
  purl?: string;
}

function projectDirs(inventory: Inventory): ProjectDir[] {
  const dirs = new Map<string, ProjectDir>();
  for (const p of inventory.projects) {
    const metadata = PROJECT_METADATA[p.ecosystem];
    if (!metadata) continue; // no manifest field to compare with
    for (const imp of p.importers) {
      const dir = workspacePath(p.source, imp.path);
      if (dirs.has(dir)) continue;
      const label = imp.name ? `${imp.name}${imp.version ? `@${imp.version}` : ''}` : dir;
      dirs.set(dir, { dir, label, metadata, ...(imp.purl ? { purl: imp.purl } : {}) });
    }
  }
  return [...dirs.values()].sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
}

async function eachLimited<T>(items: T[], fn: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(CONCURRENCY, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        await fn(items[i]!, i);
      }
    }),
  );
}

export async function detectInstalled(
  inventory: Inventory,
  ctx: ExtractContext,
  declared: DeclaredLicenses,
): Promise<Diagnostic[]> {
  const reader = new DirReader(ctx);
  const locator = new Locator(reader);
  const unreadable = new Map<string, string>();
  const note = (found: DirLicenses) => {
    for (const u of found.unreadable) unreadable.set(u.file, u.detail);
  };

  const projects = projectDirs(inventory);
  const perProject: (Diagnostic | undefined)[] = [];
  await eachLimited(projects, async (p, i) => {
    const found = await reader.licenses(p.dir, p.metadata);
    note(found);
    if (
      found.declared &&
      found.detected &&
      !licensesAgree(found.declared.expression, found.detected.expression)
    )
      perProject[i] = mismatch(
        p.label,
        { ...found.declared, from: found.declared.file },
        found.detected,
        p.purl,
      );
  });

  const perComponent: (Diagnostic | undefined)[] = [];
  const candidates = inventory.components.filter((c) => locator.mayBeInstalled(c));
  await eachLimited(candidates, async (c, i) => {
    const at = await locator.locate(c);
    if (!at) return;
    const found = await reader.licenses(at.dir, at.metadata);
    note(found);
    perComponent[i] = compare(c, found, declared);
  });

  const failures = [...unreadable]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    // A warning, not the usual error: the inventory is whole, only this license check is missing.
    .map(([file, detail]) =>
      diagnostic('file/unreadable', { file, detail }, { location: { file }, severity: 'warning' }),
    );
  return [...perProject, ...perComponent, ...failures].filter((d): d is Diagnostic => !!d);
}

/** The inventory's declared license wins over the installed metadata's; a mismatch or a record. */
function compare(c: Component, found: DirLicenses, declared: DeclaredLicenses): Diagnostic | undefined {
  const raw = c.declaredLicense?.trim();
  if (!raw) {
    // The installed manifest's expression when the files bear it out (it keeps an OR choice whole),
    // else the files', else the manifest's.
    const files = found.detected?.expression;
    const manifest = found.declared?.expression;
    const expression = files && manifest && licensesAgree(manifest, files) ? manifest : (files ?? manifest);
    if (expression) c.detectedLicense = expression;
  }
  const stated = raw
    ? { expression: declared.normalise(raw).expression, from: c.locations[0]?.file ?? '' }
    : found.declared && { expression: found.declared.expression, from: found.declared.file };
  if (!stated?.expression || !found.detected) return undefined;
  if (licensesAgree(stated.expression, found.detected.expression)) return undefined;
  return mismatch(
    componentLabel(c),
    { expression: stated.expression, from: stated.from },
    found.detected,
    c.purl,
  );
}
