// Licenses of Debian packages from their machine-readable copyright files
// (usr/share/doc/<package>/copyright, DEP-5 "copyright-format/1.0"): every License short name the
// file gives, in order, joined with AND (the package is under all of them). Free-form copyright
// files say nothing a machine can rely on and give no license.
export function dep5Licenses(text: string): string | undefined {
  if (!/^Format:\s*\S*copyright-format/m.test(text.slice(0, 2000))) return undefined;
  const names: string[] = [];
  for (const m of text.matchAll(/^License:[ \t]*(.*)$/gm)) {
    const name = m[1]!.trim();
    if (name && !names.includes(name)) names.push(name);
  }
  if (names.length === 0) return undefined;
  return names.map((n) => (names.length > 1 && /\s(or|and)\s/i.test(n) ? `(${n})` : n)).join(' AND ');
}
