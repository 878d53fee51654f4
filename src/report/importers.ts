// The importers (project roots and workspace members) of a scan, once each, under the global
// references that relationships use. SBOM reporters turn them into application components or
// packages; the one at the scan root ('.') is the document's subject.
import { globalImporterRef, workspacePath } from '../core/inventory.js';
import type { Importer, Project } from '../core/model.js';
import type { ScanResult } from '../core/result.js';

export interface ScanImporter {
  /** `importer:<dir relative to the scan root>`, as in result.relationships. */
  ref: string;
  /** Directory relative to the scan root ('.' for the root). */
  workspace: string;
  importer: Importer;
  /** Every project (lockfile or manifest) that declares it. */
  projects: Project[];
}

export function scanImporters(result: ScanResult): ScanImporter[] {
  const byRef = new Map<string, ScanImporter>();
  for (const project of result.projects)
    for (const importer of project.importers) {
      const ref = globalImporterRef(project.source, importer.path);
      const known = byRef.get(ref);
      if (known) {
        known.projects.push(project);
        if (!known.importer.name && importer.name) known.importer = importer;
      } else
        byRef.set(ref, {
          ref,
          workspace: workspacePath(project.source, importer.path),
          importer,
          projects: [project],
        });
    }
  return [...byRef.values()].sort((a, b) => a.ref.localeCompare(b.ref));
}

/** A display name: the declared name, else the directory. */
export const importerName = (i: ScanImporter): string =>
  i.importer.name ?? (i.workspace === '.' ? 'root' : i.workspace);
