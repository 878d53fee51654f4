// The SPDX license list and exceptions, loaded from the `spdx-license-list`, `spdx-exceptions` and
// `spdx-license-ids` packages at run time (never copied into this repository). Loading is lazy:
// the full texts are only read when text matching is needed.
import { createRequire } from 'node:module';
import { classify } from './categories.js';
import type { LicenseInfo } from './types.js';

const require = createRequire(import.meta.url);

interface SpdxEntry {
  name: string;
  url: string;
  osiApproved: boolean;
  licenseText?: string;
}

let simple: Record<string, SpdxEntry> | undefined;
let full: Record<string, SpdxEntry> | undefined;
let deprecated: Set<string> | undefined;

function simpleList(): Record<string, SpdxEntry> {
  simple ??= require('spdx-license-list') as Record<string, SpdxEntry>;
  return simple;
}

/** Deprecated SPDX ids (GPL-2.0, GPL-2.0+, …): recognised in input, never produced. */
export function deprecatedIds(): Set<string> {
  deprecated ??= new Set(require('spdx-license-ids/deprecated.json') as string[]);
  return deprecated;
}

export function exceptionIds(): string[] {
  return require('spdx-exceptions') as string[];
}

export function spdxInfos(): LicenseInfo[] {
  const out: LicenseInfo[] = [];
  for (const [id, e] of Object.entries(simpleList())) {
    out.push({
      id,
      name: { en: e.name },
      ...classify(id),
      osiApproved: e.osiApproved,
      url: e.url,
      aliases: [],
    });
  }
  for (const id of exceptionIds()) {
    out.push({ id, name: { en: id }, ...classify(id), osiApproved: false, aliases: [], exception: true });
  }
  return out;
}

/** Current (not deprecated) SPDX licenses with their texts, for the text matcher. */
export function spdxTexts(): { id: string; text: string }[] {
  full ??= require('spdx-license-list/full') as Record<string, SpdxEntry>;
  const dep = deprecatedIds();
  return Object.entries(full)
    .filter(([id, e]) => !dep.has(id) && !id.endsWith('+') && e.licenseText)
    .map(([id, e]) => ({ id, text: e.licenseText! }));
}
