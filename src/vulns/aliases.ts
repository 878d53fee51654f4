// Groups OSV records that describe the same vulnerability — linked by `aliases` or `upstream`
// (CVE, GHSA, PYSEC, GO, RUSTSEC, OESA, CNVD, CNNVD ...) — so each is reported once per component.

export interface AliasGroup {
  /** The id shown first: the most specific advisory, not the CVE it aliases. */
  id: string;
  /** Every other id in the group, sorted. */
  aliases: string[];
}

const GENERIC_PREFIXES = ['CVE-', 'CNVD-', 'CNNVD-'];

/** Lower rank is preferred as the primary id: ecosystem advisories before generic CVE/CNVD ids. */
function rank(id: string): number {
  return GENERIC_PREFIXES.some((p) => id.startsWith(p)) ? 1 : 0;
}

export class AliasMerger {
  private readonly parent = new Map<string, string>();

  private find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    let cur = x;
    while (cur !== root) {
      const next = this.parent.get(cur)!;
      this.parent.set(cur, root);
      cur = next;
    }
    if (!this.parent.has(root)) this.parent.set(root, root);
    return root;
  }

  /** Records that `ids` all name one vulnerability. */
  link(ids: string[]): void {
    const [first, ...rest] = ids;
    if (first === undefined) return;
    const root = this.find(first);
    for (const id of rest) {
      const r = this.find(id);
      if (r !== root) this.parent.set(r, root);
    }
  }

  /** Partitions `matched` ids (records that matched) into groups, each with all known aliases. */
  group(matched: string[]): AliasGroup[] {
    const byRoot = new Map<string, Set<string>>();
    for (const id of matched) {
      const root = this.find(id);
      const set = byRoot.get(root) ?? new Set<string>();
      set.add(id);
      byRoot.set(root, set);
    }
    const members = new Map<string, string[]>();
    for (const id of this.parent.keys()) {
      const root = this.find(id);
      if (byRoot.has(root)) members.set(root, [...(members.get(root) ?? []), id]);
    }
    return [...byRoot.entries()].map(([root, hits]) => {
      const primary = [...hits].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))[0]!;
      const aliases = (members.get(root) ?? []).filter((x) => x !== primary).sort();
      return { id: primary, aliases };
    });
  }
}
