// Preset `foundation-incubation`: what an incubation committee typically asks of a project —
// no network copyleft, no known high or critical vulnerability that has a fix, pinned and
// verifiable dependencies, and at least the incubating maturity stage.
import type { Policy } from '../types.js';

export const foundationIncubation: Policy = {
  licenses: {
    deny: ['network-copyleft', 'proprietary-or-unknown'],
    'copyleft-dev-only': true,
    unknown: 'warn',
  },
  vulnerabilities: { severity: 'high', 'only-fixed': true, 'grace-days': 14 },
  inventory: { unpinned: 'fail', 'missing-integrity': 'warn', 'sha1-integrity': 'warn' },
  health: { 'minimum-stage': 'incubating', 'bus-factor': 2 },
};
