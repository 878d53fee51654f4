// The architecture analyzer inside `steward scan`: the loong64 readiness check over the scanned
// tree, as diagnostics (one per finding that needs work, plus the project verdict as a note).
// `steward arch` is the full report with any target, binaries and remediation.
import type { Analyzer } from '../../core/analyzer.js';
import { CODES } from '../../core/codes.js';
import { diagnostic, type Diagnostic } from '../../core/diagnostics.js';
import type { TreeView } from '../../core/plugin.js';
import { analyzeArch } from '../../arch/analyze.js';

/**
 * Directories discovery walked past: their parent was entered (and is not an installed tree that
 * discovery never enters) but they were not, so --exclude or ignore rules left them out.
 */
function excludedBy(tree: TreeView): (path: string) => boolean {
  return (path) => {
    const slash = path.lastIndexOf('/');
    const parent = slash < 0 ? '.' : path.slice(0, slash);
    if (INSTALLED.test(`${path}/`)) return false;
    return tree.hasDir(parent) && !tree.hasDir(path);
  };
}

const INSTALLED = /(^|\/)node_modules\//;

export function createArchAnalyzer(target = 'loong64'): Analyzer {
  return {
    id: 'arch',
    analyze({ inventory, ctx }) {
      const report = analyzeArch(ctx.root, inventory, { target, skipDir: excludedBy(ctx.tree) });
      const out: Diagnostic[] = [];
      const all = [...report.components.flatMap((c) => c.findings), ...report.project];
      for (const f of all)
        out.push(
          diagnostic(f.code, f.params, {
            ...(f.purl ? { component: f.purl } : {}),
            ...(f.file ? { location: { file: f.file } } : {}),
            // Inside a general scan, readiness for one architecture is advice, not an error.
            severity: CODES[f.code].severity === 'error' ? 'warning' : CODES[f.code].severity,
            data: { verdict: f.verdict, remedies: f.remedies },
          }),
        );
      for (const s of report.skipped)
        out.push(diagnostic('arch/skipped', { path: s.path, detail: s.detail }));
      const count = report.components.filter((c) => c.verdict !== 'ready').length;
      out.push(
        diagnostic(
          'arch/verdict',
          { target, verdict: report.verdict, count },
          { data: { verdict: report.verdict } },
        ),
      );
      return Promise.resolve(out);
    },
  };
}

export const archAnalyzer = createArchAnalyzer();
