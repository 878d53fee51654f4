// "Did you mean …?" for unknown keys: the known key at the smallest edit distance, if close enough
// to be a plausible typo.

export function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost));
    }
    prev = row;
  }
  return prev[b.length]!;
}

export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = levenshtein(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  if (bestDistance <= Math.max(2, Math.floor(word.length / 3))) return best;
  // A shortened name ("permissive" for "permissive-only") is a likely intent too.
  const lower = word.toLowerCase();
  return word.length >= 4 ? candidates.find((c) => c.toLowerCase().startsWith(lower)) : undefined;
}
