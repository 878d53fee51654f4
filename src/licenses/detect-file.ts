// Everything found in one file: full license texts, standard notices, SPDX tags, metadata license
// fields and references, each with a line range, a score and its kind; license-like text that
// matches nothing is kept as an unknown region, never dropped. Pure: text in, result out.
import { combineAll, normaliseExpression } from './expression.js';
import { anyOf, offersChoice } from './dual-licensing.js';
import { applyException, findExceptions, type ExceptionRule } from './exceptions.js';
import { fileKind, type FileKind } from './file-kinds.js';
import { matchTokens } from './match-text.js';
import { metadataLicenses } from './metadata-license.js';
import { detectMulan, type RuleHit } from './mulan-rules.js';
import { isCopyrightLine, tokenize } from './normalise.js';
import { detectNotices } from './notice-rules.js';
import { findSpdxTags } from './spdx-tag.js';
import { lineOfToken, tokenText } from './token-text.js';

export type DetectionKind = 'text' | 'notice' | 'tag' | 'reference';

export interface Detection {
  expression: string;
  kind: DetectionKind;
  startLine: number;
  endLine: number;
  /** 0–100. */
  score: number;
  /** Share of the reference text present (full texts only). */
  coverage?: number;
  /** For bilingual licenses: which language(s) the copy holds. */
  variant?: 'bilingual' | 'en' | 'zh';
  /** Where the detection was read when not from the file itself (REUSE.toml, .reuse/dep5). */
  source?: string;
}

export interface UnknownRegion {
  startLine: number;
  endLine: number;
}

export interface FileDetections {
  expression: string | null;
  detections: Detection[];
  unknown: UnknownRegion[];
  copyrights: string[];
  /** True when only the first part of the file was scanned (size limit). */
  truncated?: boolean;
}

const LICENSE_WORDS = new Set([
  'permission',
  'warranty',
  'warranties',
  'license',
  'licensed',
  'redistribution',
  'copyright',
  'liability',
  '许',
  '授',
]);
/** Cheap gate for non-license files: one of these must appear before any tokenising. */
const GATE = ['licen', 'copyright', 'spdx', 'permission', '许可', '版权', 'warrant', 'public domain'];

/** Characters of a source file's head that are tokenised (its header comment lives here). */
const SOURCE_TOKEN_CHARS = 8192;

function licenseWordCount(words: string[]): number {
  let n = 0;
  for (const w of words) if (LICENSE_WORDS.has(w)) n++;
  return n;
}

/**
 * One case-insensitive scan instead of lower-casing the head and searching it once per word. The
 * same answer: without the `u` flag a non-ASCII character never matches an ASCII letter, and the
 * only non-ASCII characters that lower-case to ASCII (İ to "i" plus a combining dot, the Kelvin
 * sign to "k") cannot complete any of these words.
 */
const GATE_PATTERN = new RegExp(GATE.join('|'), 'i');

function gate(text: string): boolean {
  return GATE_PATTERN.test(text);
}

const FIELD = /^[\s*#/;!<>-]*(?:@license|licen[cs]e\s*:)\s*([^\n]{1,100})$/i;

/** "@license MIT", "License: Apache-2.0" lines near the top of a file. */
function fieldReferences(text: string): RuleHit[] {
  const hits: RuleHit[] = [];
  const lines = text.split('\n', 200);
  lines.forEach((line, i) => {
    if (line.length > 300) return;
    const m = FIELD.exec(line);
    if (!m) return;
    const raw = m[1]!.replace(/\*\/\s*$/, '').trim();
    const { expression } = normaliseExpression(raw);
    if (expression) hits.push({ expression, kind: 'reference', startLine: i + 1, endLine: i + 1, score: 85 });
  });
  return hits;
}

function within(inner: Detection, outer: Detection): boolean {
  return inner !== outer && inner.startLine >= outer.startLine && inner.endLine <= outer.endLine;
}

/** Drops notices and references that sit inside a matched full text (Apache's appendix, GPL's "how to apply"). */
function prune(detections: Detection[]): Detection[] {
  const texts = detections.filter((d) => d.kind === 'text');
  return detections.filter((d) => {
    if (d.kind === 'tag') return true;
    if (d.kind === 'text')
      return !texts.some((t) => t.score > d.score && within(d, t) && t.expression === d.expression);
    return !texts.some((t) => within(d, t) || (t.startLine <= d.startLine && t.endLine >= d.startLine));
  });
}

function fileExpression(detections: Detection[], choice?: () => boolean): string | null {
  const strong = detections.filter((d) => d.kind !== 'reference');
  const chosen = strong.length ? strong : detections;
  const expressions = chosen.map((d) => d.expression);
  return new Set(expressions).size > 1 && choice?.() ? anyOf(expressions) : combineAll(expressions);
}

function unknownRegions(
  words: string[],
  lines: number[],
  covered: Detection[],
  kind: FileKind,
): UnknownRegion[] {
  if (kind !== 'license' || words.length < 30) return [];
  const inDetection = (line: number) => covered.some((d) => line >= d.startLine && line <= d.endLine);
  const regions: UnknownRegion[] = [];
  let start = -1;
  let hits = 0;
  const close = (end: number) => {
    if (start >= 0 && end - start >= 40 && hits >= 3)
      regions.push({ startLine: lines[start]!, endLine: lines[end]! });
    start = -1;
    hits = 0;
  };
  for (let i = 0; i < words.length; i++) {
    if (inDetection(lines[i]!)) {
      close(i - 1);
      continue;
    }
    if (start < 0) start = i;
    if (LICENSE_WORDS.has(words[i]!)) hits++;
  }
  close(words.length - 1);
  return regions;
}

function copyrightLines(text: string, detections: Detection[]): string[] {
  const out = new Set<string>();
  const lines = text.split('\n', 400);
  lines.forEach((line, i) => {
    if (line.length > 300 || !isCopyrightLine(line)) return;
    // Copyright lines inside a license body belong to the license (the FSF's line in the GPL).
    if (detections.some((d) => d.kind === 'text' && i + 1 > d.startLine && i + 1 <= d.endLine)) return;
    const clean = line
      .replace(/^[\s*#/;!-]+/, '')
      .replace(/\s*\*\/\s*$/, '')
      .trim();
    if (clean && !/[<[]year[>\]]|<name|\[name of/i.test(clean)) out.add(clean);
  });
  return [...out];
}

export interface DetectOptions {
  kind?: FileKind;
  truncated?: boolean;
}

export function detectInText(path: string, text: string, options: DetectOptions = {}): FileDetections {
  const kind = options.kind ?? fileKind(path);
  const empty: FileDetections = { expression: null, detections: [], unknown: [], copyrights: [] };
  if (kind === 'skip') return empty;
  const detections: Detection[] = [];
  if (kind === 'metadata') {
    for (const f of metadataLicenses(path, text)) {
      const { expression } = normaliseExpression(f.raw);
      if (expression)
        detections.push({ expression, kind: 'reference', startLine: f.line, endLine: f.line, score: 100 });
    }
    return { ...empty, expression: fileExpression(detections), detections };
  }
  if (kind === 'source' && !gate(text)) return empty;

  for (const tag of findSpdxTags(text))
    if (tag.expression)
      detections.push({
        expression: tag.expression,
        kind: 'tag',
        startLine: tag.line,
        endLine: tag.line,
        score: 100,
      });

  // Outside license files, notices and license texts sit in the header comment.
  let tokens = tokenize(kind === 'source' ? text.slice(0, SOURCE_TOKEN_CHARS) : text);
  const words = licenseWordCount(tokens.words);
  // A header dense with license words may be a whole license text: read on through the head.
  if (kind === 'source' && words >= 8 && text.length > SOURCE_TOKEN_CHARS) tokens = tokenize(text);
  const t = tokenText(tokens);
  const worthMatching = kind === 'license' || words >= 1;
  for (const m of worthMatching ? matchTokens(tokens, undefined, t.spaced) : []) {
    const d: Detection = {
      expression: m.id,
      kind: 'text',
      startLine: lineOfToken(t, m.start),
      endLine: lineOfToken(t, m.end),
      score: m.score,
      coverage: Math.round(m.coverage * 1000) / 1000,
    };
    if (m.variant) d.variant = m.variant;
    detections.push(d);
  }
  const texts = new Set(detections.filter((d) => d.kind === 'text').map((d) => d.expression));
  for (const hit of [...detectMulan(t), ...detectNotices(t), ...fieldReferences(text)]) {
    // The SPDX text matcher is authoritative for texts it knows (Mulan PSL): skip rule-made duplicates.
    if (hit.kind === 'text' && texts.has(hit.expression)) continue;
    detections.push(hit);
  }
  // Exceptions only ever attach to a license text or notice found in the file.
  const bases = detections.filter((d) => d.kind === 'text' || d.kind === 'notice');
  // A rule no base accepts now accepts none later (a base with an exception takes no other one).
  const fits = (rule: ExceptionRule) => bases.some((d) => applyException(d.expression, rule) !== undefined);
  for (const rule of bases.length ? findExceptions(t.spaced, fits) : []) {
    const base = detections.find(
      (d) => (d.kind === 'text' || d.kind === 'notice') && applyException(d.expression, rule),
    );
    if (base) base.expression = applyException(base.expression, rule)!;
  }
  const kept = prune(detections).sort((a, b) => a.startLine - b.startLine || b.score - a.score);
  const unknown = unknownRegions(tokens.words, tokens.lines, kept, kind);
  // A text that only names a license (a title over a paraphrase) does not establish it.
  const onlyReferences = kept.every((d) => d.kind === 'reference');
  const result: FileDetections = {
    expression:
      onlyReferences && unknown.length
        ? null
        : fileExpression(kept, () =>
            offersChoice(
              t,
              kept.filter((d) => d.kind === 'text'),
            ),
          ),
    detections: kept,
    unknown,
    copyrights: copyrightLines(text, kept),
  };
  if (options.truncated) result.truncated = true;
  return result;
}
