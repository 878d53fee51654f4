// Preset `permissive-only`: only permissive and public-domain licenses anywhere in the tree,
// copyleft tolerated in dev-only tooling; unknown licenses fail.
import type { Policy } from '../types.js';

export const permissiveOnly: Policy = {
  licenses: {
    allow: ['permissive', 'public-domain'],
    'copyleft-dev-only': true,
    unknown: 'fail',
  },
};
