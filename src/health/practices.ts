// The practices list: one pass/fail entry per practice a foundation or a consumer looks for, with
// the evidence (files) or the measured ratio behind it. Ratios pass at one half.
import type { LicenseFileResult } from './license-files.js';
import type { ReleaseStats } from './releases.js';
import type { Practice } from './report.js';
import type { TreeFacts } from './tree-files.js';

export interface HistoryFacts {
  licenses: LicenseFileResult[];
  signedRatio: number | null;
  signedOffRatio: number | null;
  releases: ReleaseStats;
  changeRequests: number;
  commits: number;
}

const present = (id: string, evidence: string[]): Practice => ({ id, passed: evidence.length > 0, evidence });
const share = (id: string, value: number | null): Practice =>
  value === null
    ? { id, passed: null }
    : { id, passed: value >= 0.5, value: Math.round(value * 1000) / 1000 };

export function practices(tree: TreeFacts, h: HistoryFacts): Practice[] {
  const files = (id: string, evidence: string[]): Practice =>
    tree.readable ? present(id, evidence) : { id, passed: null };
  const ci = Object.entries(tree.ci).flatMap(([, paths]) => paths);
  const tagged = h.releases.count;
  return [
    files('license', tree.license),
    files(
      'license-recognised',
      h.licenses.flatMap((l) => (l.expression ? [`${l.path}: ${l.expression}`] : [])),
    ),
    files('security-policy', tree.security),
    files('contributing', tree.contributing),
    files('code-of-conduct', tree.codeOfConduct),
    files('governance', tree.governance),
    files('ci', ci),
    files('lockfile', tree.lockfiles),
    {
      id: 'no-committed-binaries',
      passed: tree.readable ? tree.binaryCount === 0 : null,
      value: tree.binaryCount,
      evidence: tree.binaries,
    },
    share('signed-commits', h.signedRatio),
    share('signed-tags', tagged ? h.releases.signedTags / tagged : null),
    share('dco-sign-off', h.signedOffRatio),
    h.commits
      ? { id: 'change-requests', passed: h.changeRequests > 0, value: h.changeRequests }
      : { id: 'change-requests', passed: null },
  ];
}
