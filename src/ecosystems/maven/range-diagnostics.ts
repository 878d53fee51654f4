// Version-range problems -> what the user sees. A malformed range in a POM of the scanned tree is
// a parse error naming the file and line (Maven refuses the project); in a repository POM it marks
// that POM broken. Ranges nothing satisfies and ranges that exclude each other are warnings, since
// Maven would stop there; without a repository a range is a note saying it stays unresolved.
import { diagnostic, type Diagnostic } from '../../core/diagnostics.js';
import type { FileFailure } from '../../core/status.js';
import type { PomLoader } from './pom-loader.js';
import type { RangeProblem } from './resolve-transitive.js';

export function rangeReport(
  problems: RangeProblem[],
  rootFile: string,
  loader: PomLoader,
  repoDir: string | undefined,
): { diagnostics: Diagnostic[]; failures: FileFailure[] } {
  const diagnostics: Diagnostic[] = [];
  const failures: FileFailure[] = [];
  const seen = new Set<string>();
  for (const p of problems) {
    const id = `${p.kind} ${p.file} ${p.line} ${p.name}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const inRepo = !!repoDir && p.file.startsWith(`${repoDir}/`);
    const declaredIn = inRepo ? p.file.slice(repoDir.length + 1) : p.file;
    const location = inRepo ? { file: rootFile } : { file: p.file, line: p.line };
    const range = p.ranges[0] ?? '';
    if (p.kind === 'malformed') {
      const detail = `version ${range} of ${p.name}: ${p.detail ?? 'malformed range'}`;
      if (inRepo)
        loader.brokenRepoPoms.set(declaredIn, { file: p.file, reason: `line ${p.line}: ${detail}` });
      else failures.push({ file: p.file, line: p.line, reason: 'parse-error', detail });
    } else if (p.kind === 'unsatisfied') {
      diagnostics.push(
        diagnostic(
          'maven/range-unsatisfied',
          { file: location.file, declaredIn, name: p.name, range },
          { location },
        ),
      );
    } else if (p.kind === 'conflict') {
      const params = {
        file: location.file,
        name: p.name,
        ranges: p.ranges.join(', '),
        version: p.detail ?? '-',
      };
      diagnostics.push(diagnostic('maven/range-conflict', params, { location, data: { ranges: p.ranges } }));
    } else {
      diagnostics.push(
        diagnostic('maven/range-not-resolved', { file: p.file, name: p.name, range }, { location }),
      );
    }
  }
  return { diagnostics, failures };
}
