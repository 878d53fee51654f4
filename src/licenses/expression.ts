// Declared licenses to SPDX expressions. Package metadata says "ASL 2.0", "GPLv2+", "MIT/X11",
// "Mulan PSL v2" or a deprecated id; this turns each into a valid SPDX expression with
// `spdx-expression-parse` and `spdx-correct`, plus the alias table and the Mulan knowledge.
import { createRequire } from 'node:module';
import type parseType from 'spdx-expression-parse';
import type correctType from 'spdx-correct';
import { lookupAlias } from './knowledge/aliases.js';
import { ensureKnowledge, licenseInfo } from './knowledge/index.js';

const require = createRequire(import.meta.url);
let parser: typeof parseType | undefined;
let corrector: typeof correctType | undefined;

type Node = parseType.Info;

export interface NormalisedExpression {
  /** Valid SPDX expression, or null when the input names nothing recognisable. */
  expression: string | null;
  /** True when the input was already a valid, current SPDX expression. */
  exact: boolean;
}

/** Deprecated ids and their current form. `+` and `-with-…-exception` spellings included. */
const DEPRECATED: Record<string, string> = {
  'GPL-1.0': 'GPL-1.0-only',
  'GPL-2.0': 'GPL-2.0-only',
  'GPL-3.0': 'GPL-3.0-only',
  'LGPL-2.0': 'LGPL-2.0-only',
  'LGPL-2.1': 'LGPL-2.1-only',
  'LGPL-3.0': 'LGPL-3.0-only',
  'AGPL-1.0': 'AGPL-1.0-only',
  'AGPL-3.0': 'AGPL-3.0-only',
  'GFDL-1.1': 'GFDL-1.1-only',
  'GFDL-1.2': 'GFDL-1.2-only',
  'GFDL-1.3': 'GFDL-1.3-only',
  'GPL-2.0-with-classpath-exception': 'GPL-2.0-only WITH Classpath-exception-2.0',
  'GPL-2.0-with-GCC-exception': 'GPL-2.0-only WITH GCC-exception-2.0',
  'GPL-2.0-with-autoconf-exception': 'GPL-2.0-only WITH Autoconf-exception-2.0',
  'GPL-2.0-with-bison-exception': 'GPL-2.0-only WITH Bison-exception-2.2',
  'GPL-2.0-with-font-exception': 'GPL-2.0-only WITH Font-exception-2.0',
  'GPL-3.0-with-GCC-exception': 'GPL-3.0-only WITH GCC-exception-3.1',
  'GPL-3.0-with-autoconf-exception': 'GPL-3.0-only WITH Autoconf-exception-3.0',
};

function parse(text: string): Node | undefined {
  parser ??= require('spdx-expression-parse') as typeof parseType;
  try {
    return parser(text);
  } catch {
    return undefined;
  }
}

function render(node: Node, parent?: 'and' | 'or'): string {
  if ('license' in node) {
    let id = node.license.startsWith('LicenseRef-scancode-')
      ? (lookupAlias(node.license) ?? node.license)
      : node.license;
    if (node.plus) id = DEPRECATED[`${id}`]?.replace(/-only$/, '-or-later') ?? `${id}+`;
    else id = DEPRECATED[id] ?? id;
    if (id.endsWith('+') && /-only$/.test(id.slice(0, -1)))
      id = id.slice(0, -1).replace(/-only$/, '-or-later');
    return node.exception ? `${id} WITH ${node.exception}` : id;
  }
  const text = `${render(node.left, node.conjunction)} ${node.conjunction.toUpperCase()} ${render(node.right, node.conjunction)}`;
  return parent && parent !== node.conjunction ? `(${text})` : text;
}

/** One license name (no operators) to an SPDX id or expression. */
function single(name: string): string | undefined {
  const trimmed = name.trim().replace(/^\(+|\)+$/g, '');
  if (!trimmed) return undefined;
  const alias = lookupAlias(trimmed);
  if (alias) return alias;
  const known = licenseInfo(trimmed);
  if (known && !known.exception) return DEPRECATED[known.id] ?? known.id;
  if (/^LicenseRef-[A-Za-z0-9.-]+$/.test(trimmed)) return trimmed;
  return corrected(trimmed);
}

/**
 * spdx-correct guesses eagerly ("see the file called LEGAL" becomes CAL-1.0). Its answer is kept
 * only when the input looks like a license name: no pointer to a file, a few words, and either a
 * word shared with the id or the word "license".
 */
function corrected(name: string): string | undefined {
  const words = name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (
    words.length === 0 ||
    words.length > 6 ||
    /^(see|refer|read|check)\b/i.test(name) ||
    words.includes('file')
  )
    return undefined;
  corrector ??= require('spdx-correct') as typeof correctType;
  const id = corrector(name, { upgrade: true });
  if (!id) return undefined;
  const idWords = id
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 2);
  const plausible = idWords.some((w) => words.includes(w)) || words.some((w) => w.startsWith('licen'));
  return plausible ? id : undefined;
}

/** Splits informal lists ("MIT/Apache-2.0", "GPLv2+ or BSD", "MIT, BSD") and corrects each part. */
function informal(text: string): string | undefined {
  const orParts = text.split(/\s+or\s+|\s*\/\s*|\s*\|\s*/i);
  const parts = orParts.map((p) => {
    const ands = p.split(/\s+and\s+|\s*,\s*|\s*;\s*|\s*&\s*/i).map(single);
    if (ands.some((a) => !a)) return undefined;
    return ands.length > 1 ? ands.map((a) => (/ OR /.test(a!) ? `(${a})` : a)).join(' AND ') : ands[0];
  });
  if (parts.some((p) => !p)) return undefined;
  const joined =
    parts.length > 1 ? parts.map((p) => (/ AND /.test(p!) ? `(${p})` : p)).join(' OR ') : parts[0]!;
  const node = parse(joined);
  return node ? render(node) : undefined;
}

export function normaliseExpression(input: string): NormalisedExpression {
  ensureKnowledge();
  const text = input.trim().slice(0, 2000);
  if (!text) return { expression: null, exact: false };
  const node = parse(text);
  if (node) {
    const rendered = render(node);
    const valid = allIds(node).every((id) => isCurrentId(id) || id.startsWith('LicenseRef-'));
    // Outer parentheses are not a difference: "(MIT OR CC0-1.0)" is exact.
    const bare = text.startsWith('(') && text.endsWith(')') ? text.slice(1, -1) : text;
    if (valid) return { expression: rendered, exact: rendered === text || rendered === bare };
  }
  const alias = lookupAlias(text);
  if (alias) return { expression: alias, exact: false };
  const expression = informal(text) ?? single(text) ?? null;
  return { expression, exact: false };
}

/** A license or exception id as SPDX lists it (case included), deprecated ids excepted. */
function isCurrentId(id: string): boolean {
  const info = licenseInfo(id);
  return !!info && info.id === id && !(id in DEPRECATED);
}

function allIds(node: Node): string[] {
  if ('license' in node) return [node.license];
  return [...allIds(node.left), ...allIds(node.right)];
}

/** The ids an expression names (for lookups of categories and obligations). */
export function licenseIds(expression: string): string[] {
  const node = parse(expression);
  if (!node) return [];
  const ids: string[] = [];
  const walk = (n: Node) => {
    if ('license' in n) ids.push(n.license);
    else {
      walk(n.left);
      walk(n.right);
    }
  };
  walk(node);
  return ids;
}

export function parseExpression(expression: string): Node | undefined {
  return parse(expression);
}

/** All of several expressions at once: deduplicated, joined with AND, parenthesised as needed. */
export function combineAll(expressions: string[]): string | null {
  const unique = [...new Set(expressions)];
  if (unique.length === 0) return null;
  if (unique.length === 1) return unique[0]!;
  return unique.map((e) => (/ OR /.test(e) ? `(${e})` : e)).join(' AND ');
}
