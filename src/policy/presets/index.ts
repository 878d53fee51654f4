// The presets shipped with Steward, by the name `extends:` uses. TypeScript data so they are part
// of dist/ with no file lookups at run time.
import type { Policy } from '../types.js';
import { enterpriseDistribution } from './enterprise-distribution.js';
import { foundationIncubation } from './foundation-incubation.js';
import { permissiveOnly } from './permissive-only.js';

export const PRESETS: Record<string, Policy> = {
  'permissive-only': permissiveOnly,
  'foundation-incubation': foundationIncubation,
  'enterprise-distribution': enterpriseDistribution,
};
