// Identity and declared license of a JSON manifest (package.json, composer.json), parsed as JSON
// rather than line by line, so one-line and unusually formatted manifests are read too. npm's
// `license` string, its legacy `{ type }` object and `licenses` array, and Composer's license
// array (a choice) all become one SPDX expression.
import { normaliseExpression } from '../../licenses/expression.js';

export interface JsonManifest {
  name?: string;
  version?: string;
  /** SPDX expression of the declared license, when it names a recognisable one. */
  license?: string;
  /** 1-based line of the license field (1 when the file is a single line). */
  line: number;
}

function names(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.flatMap(names);
  if (value && typeof value === 'object' && 'type' in value) return names((value as { type: unknown }).type);
  return [];
}

export function parseJsonManifest(text: string): JsonManifest | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) return undefined;
  const m = json as Record<string, unknown>;
  const out: JsonManifest = { line: 1 };
  if (typeof m.name === 'string') out.name = m.name;
  if (typeof m.version === 'string') out.version = m.version;
  const declared = names(m.license ?? m.licenses);
  if (declared.length) {
    const raw = declared.length === 1 ? declared[0]! : declared.map((d) => `(${d})`).join(' OR ');
    const { expression } = normaliseExpression(raw);
    if (expression) out.license = expression;
    const at = text.search(/"licen[cs]es?"\s*:/);
    if (at >= 0) out.line = text.slice(0, at).split('\n').length;
  }
  return out;
}
