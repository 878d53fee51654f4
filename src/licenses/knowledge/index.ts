// One lookup over every license Steward knows: SPDX licenses and exceptions plus the Mulan family.
// Built lazily on first use.
import { extendAliases } from './aliases.js';
import { mulanInfos } from './mulan.js';
import { spdxInfos } from './spdx.js';
import type { LicenseInfo } from './types.js';

let byId: Map<string, LicenseInfo> | undefined;
let byLower: Map<string, LicenseInfo> | undefined;

function build(): Map<string, LicenseInfo> {
  if (byId) return byId;
  byId = new Map();
  byLower = new Map();
  for (const info of [...spdxInfos(), ...mulanInfos()]) {
    const known = byId.get(info.id);
    // Mulan facts enrich the SPDX entries for PSL v1/v2 (Chinese names, aliases).
    const merged = known ? { ...known, ...info, osiApproved: known.osiApproved } : info;
    byId.set(info.id, merged);
    byLower.set(info.id.toLowerCase(), merged);
    extendAliases(merged.aliases.map((a) => [a, merged.id]));
  }
  return byId;
}

export function licenseInfo(id: string): LicenseInfo | undefined {
  return build().get(id) ?? byLower!.get(id.toLowerCase());
}

export function allLicenses(): LicenseInfo[] {
  return [...build().values()];
}

/** Makes sure aliases from the knowledge base are registered before alias lookups. */
export function ensureKnowledge(): void {
  build();
}
