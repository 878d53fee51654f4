// The health report: one language-neutral object that `--format json` prints as is and the
// table renderer translates. Field names are part of the CLI's JSON contract.
import type { Diagnostic } from '../core/diagnostics.js';
import type { OrganizationStats } from './concentration.js';
import type { MonthPoint, WindowPoint } from './growth.js';
import type { LicenseFileResult } from './license-files.js';
import type { MaturityResult } from './maturity-model.js';
import type { ReleaseStats } from './releases.js';

export interface Practice {
  id: string;
  /** null when the history cannot tell (e.g. no commits to sample). */
  passed: boolean | null;
  value?: number;
  evidence?: string[];
}

export interface HealthReport {
  schema: 'steward-health/1';
  repository: { path: string; gitDir: string; bare: boolean; shallow: boolean };
  /** True when git failed part-way or some records were unreadable; figures cover what was read. */
  partial: boolean;
  /** What these figures cannot tell (e.g. on a shallow clone). */
  limitations: string[];
  analysedAt: string;
  since: string | null;
  window: { days: number; start: string; end: string };
  commits: {
    total: number;
    window: number;
    merges: number;
    first: string | null;
    last: string | null;
    malformed: { dates: number; identities: number };
    monthly: MonthPoint[];
  };
  contributors: {
    total: number;
    active: number;
    new: number;
    growthRate: number | null;
    windows: WindowPoint[];
    top: { name: string; email: string; commits: number }[];
  };
  busFactor: number | null;
  busFactorAllTime: number | null;
  elephantFactor: number | null;
  organizations: OrganizationStats[];
  releases: ReleaseStats;
  changeRequests: { merged: number; github: number; gitee: number; gitlab: number; githubSquash: number };
  signatures: { sampled: number; signed: number; ratio: number | null };
  signedOff: { commits: number; ratio: number | null };
  ci: string[];
  /** Root license files and the license Steward's engine recognises in each. */
  licenses: LicenseFileResult[];
  practices: Practice[];
  metrics: Record<string, number | boolean | null>;
  maturity: MaturityResult;
  diagnostics: Diagnostic[];
}
