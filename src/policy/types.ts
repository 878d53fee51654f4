// The policy as the evaluator sees it, after YAML parsing, validation and `extends:` merging.
// Plain data: the same shape is written in steward.yaml (kebab-case keys) and in the presets.

/** What a rule does when it matches: fail the gate, warn, or nothing. */
export type Action = 'fail' | 'warn' | 'off';

export type VulnSeverity = 'low' | 'medium' | 'high' | 'critical';

export interface VulnIgnore {
  id: string;
  reason: string;
  /** ISO date (YYYY-MM-DD); after it the ignore no longer applies. */
  expires?: string;
}

export interface LicensePolicy {
  /** SPDX ids or categories allowed; when given, anything else is a violation. */
  allow?: string[];
  /** SPDX ids or categories denied. */
  deny?: string[];
  /** Copyleft licenses (weak, strong, network) are accepted only for dev-only components. */
  'copyleft-dev-only'?: boolean;
  /** Components with no recognisable license. */
  unknown?: Action;
  /** The project's own license: production dependencies must be compatible with it. */
  outbound?: string;
}

export interface VulnPolicy {
  /** Lowest severity that is a violation. */
  severity?: VulnSeverity;
  /** Only vulnerabilities with a known fixed version are violations. */
  'only-fixed'?: boolean;
  ignore?: VulnIgnore[];
  /** Days an expired ignore is only a warning before it becomes a violation. */
  'grace-days'?: number;
}

export interface ArchPolicy {
  /** Targets every component must be ready for (e.g. loong64). */
  targets?: string[];
}

export interface InventoryPolicy {
  unpinned?: Action;
  'missing-integrity'?: Action;
  'sha1-integrity'?: Action;
  'git-sources'?: Action;
  'tarball-sources'?: Action;
  /** Registry URL prefixes packages may come from; others are violations. */
  registries?: string[];
}

export type HealthStage = 'sandbox' | 'incubating' | 'graduated';

export interface HealthPolicy {
  'minimum-stage'?: HealthStage;
  'bus-factor'?: number;
}

export interface Policy {
  extends?: string[];
  licenses?: LicensePolicy;
  vulnerabilities?: VulnPolicy;
  architecture?: ArchPolicy;
  inventory?: InventoryPolicy;
  health?: HealthPolicy;
}

export const LICENSE_CATEGORIES = [
  'permissive',
  'public-domain',
  'weak-copyleft',
  'strong-copyleft',
  'network-copyleft',
  'content',
  'proprietary-or-unknown',
  /** Shorthand for the three copyleft categories. */
  'copyleft',
] as const;
