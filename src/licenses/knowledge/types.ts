// The facts Steward keeps about a license: names in English and Chinese, category, OSI approval,
// official URL, aliases and obligations. Pure data types shared by the knowledge modules.

export type Category =
  | 'permissive'
  | 'weak-copyleft'
  | 'strong-copyleft'
  | 'network-copyleft'
  | 'public-domain'
  | 'content'
  | 'proprietary-or-unknown';

export interface Obligations {
  attribution: boolean;
  notice: boolean;
  sourceDisclosure: boolean;
  networkUse: boolean;
  patentGrant: boolean;
  patentRetaliation: boolean;
  sameLicense: boolean;
}

export interface LicenseInfo {
  /** SPDX id or LicenseRef- id. */
  id: string;
  name: { en: string; zh?: string };
  category: Category;
  osiApproved: boolean;
  url?: string;
  aliases: string[];
  obligations: Obligations;
  /** True for SPDX exceptions (used after WITH). */
  exception?: boolean;
}
