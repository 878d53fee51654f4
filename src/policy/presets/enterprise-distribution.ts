// Preset `enterprise-distribution`: shipping binaries to customers — permissive and weak-copyleft
// licenses (strong copyleft only in dev-only tooling), any medium-or-worse vulnerability fails, every dependency pinned with a strong
// hash and fetched from a registry (no git or tarball URLs).
import type { Policy } from '../types.js';

export const enterpriseDistribution: Policy = {
  licenses: {
    allow: ['permissive', 'public-domain', 'weak-copyleft'],
    deny: ['network-copyleft'],
    'copyleft-dev-only': true,
    unknown: 'fail',
  },
  vulnerabilities: { severity: 'medium', 'grace-days': 7 },
  inventory: {
    unpinned: 'fail',
    'missing-integrity': 'fail',
    'sha1-integrity': 'fail',
    'git-sources': 'fail',
    'tarball-sources': 'fail',
  },
};
