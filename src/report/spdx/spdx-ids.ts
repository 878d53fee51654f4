// SPDX element identifiers: `SPDXRef-` followed only by letters, digits, '.' and '-' (SPDX 2.3
// §7.2). Derived from the purl or importer path so they are readable and stable between runs,
// and made unique in the order elements are added.
export const SPDX_ID_PATTERN = /^SPDXRef-[A-Za-z0-9.-]+$/;

export class SpdxIds {
  private readonly used = new Set<string>(['SPDXRef-DOCUMENT']);
  private readonly byKey = new Map<string, string>();

  /** The id for `key` (a purl or importer ref), allocated on first use from `hint`. */
  id(key: string, hint: string): string {
    const known = this.byKey.get(key);
    if (known) return known;
    const base = `SPDXRef-${sanitize(hint) || 'element'}`;
    let candidate = base;
    for (let n = 2; this.used.has(candidate); n++) candidate = `${base}-${n}`;
    this.used.add(candidate);
    this.byKey.set(key, candidate);
    return candidate;
  }

  get(key: string): string | undefined {
    return this.byKey.get(key);
  }
}

function sanitize(text: string): string {
  let decoded = text;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    // keep the text as it is
  }
  return decoded
    .replace(/[^A-Za-z0-9.-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/-{2,}/g, '-');
}
