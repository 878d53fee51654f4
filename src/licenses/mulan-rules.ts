// Rule-based identification of the Mulan family from identifying facts (knowledge/mulan.ts):
// names and short names, official URLs and clause headings. Used for every member; for PSL v1/v2
// full texts the SPDX text matcher is authoritative and these rules add notices and references.
import { MULAN, MULAN_HEADINGS } from './knowledge/mulan.js';
import { allIndexes, lineOfToken, tokenAt, type TokenText } from './token-text.js';

export interface RuleHit {
  expression: string;
  kind: 'text' | 'notice' | 'reference';
  startLine: number;
  endLine: number;
  score: number;
  variant?: 'bilingual' | 'en' | 'zh';
}

interface Marker {
  id: string;
  at: number;
  len: number;
}

const URL_PREFIX = 'licensecosclorgcn';

function markers(compact: string): Marker[] {
  const found: Marker[] = [];
  for (const m of MULAN)
    for (const marker of m.markers)
      for (const at of allIndexes(compact, marker)) found.push({ id: m.id, at, len: marker.length });
  // The PSL v1 URL has no version: license.coscl.org.cn/MulanPSL not followed by "2".
  for (const at of allIndexes(compact, `${URL_PREFIX}mulanpsl`)) {
    const next = compact.charAt(at + URL_PREFIX.length + 8);
    if (next !== '2') found.push({ id: 'MulanPSL-1.0', at, len: URL_PREFIX.length + 8 });
  }
  // Longest marker wins where markers overlap ("mulanowlbypl" inside "mulanowlbyplsa").
  found.sort((a, b) => a.at - b.at || b.len - a.len);
  const kept: Marker[] = [];
  for (const m of found) {
    const last = kept[kept.length - 1];
    if (last && m.at < last.at + last.len) continue;
    kept.push(m);
  }
  return kept;
}

const NOTICE_PHRASES = [
  'youcanusethissoftwareaccordingtothetermsandconditions',
  'islicensedunder',
  'youmayobtainacopy',
];

export function detectMulan(t: TokenText): RuleHit[] {
  if (!t.compact.includes('mulan') && !t.compact.includes('木兰') && !t.compact.includes('coscl')) return [];
  const found = markers(t.compact);
  if (found.length === 0) return [];
  const headings = MULAN_HEADINGS.filter((h) => t.compact.includes(h)).length;
  let han = 0;
  for (const w of t.tokens.words) if (w.length === 1 && w.charCodeAt(0) >= 0x3400) han++;
  const hasHanTitle = han > 300;
  const hasEnglish = t.tokens.words.length - han > 400;
  const byId = new Map<string, Marker[]>();
  for (const m of found) byId.set(m.id, [...(byId.get(m.id) ?? []), m]);
  const hits: RuleHit[] = [];
  // The license with the most markers is the subject; others named once are references.
  const ranked = [...byId].sort((a, b) => b[1].length - a[1].length);
  for (const [id, ms] of ranked) {
    const first = tokenAt(t.compactStarts, ms[0]!.at);
    const lastM = ms[ms.length - 1]!;
    const last = tokenAt(t.compactStarts, lastM.at + lastM.len - 1);
    const subject = id === ranked[0]![0];
    // PSL texts are in the SPDX data and matched verbatim elsewhere; a PSL-titled text that the
    // matcher rejected is a paraphrase and stays a reference.
    const fullText = subject && headings >= 4 && t.tokens.words.length > 400 && !id.startsWith('MulanPSL-');
    const notice = NOTICE_PHRASES.some((p) => t.compact.includes(p));
    const hit: RuleHit = {
      expression: id,
      kind: fullText ? 'text' : notice && subject ? 'notice' : 'reference',
      startLine: fullText ? lineOfToken(t, 0) : lineOfToken(t, first),
      endLine: fullText ? lineOfToken(t, t.tokens.words.length - 1) : lineOfToken(t, last),
      score: fullText ? 90 : notice ? 95 : 80,
    };
    if (fullText) hit.variant = hasHanTitle && hasEnglish ? 'bilingual' : hasHanTitle ? 'zh' : 'en';
    hits.push(hit);
  }
  return hits;
}
