// Suppressions: ignore rules (id, reason, optional expiry date; read from steward.yaml by the
// policy loader, src/policy/load.ts, the one reader of that file) and VEX documents (OpenVEX,
// CycloneDX VEX) whose `not_affected` statements suppress a vulnerability for the products they
// name, with the justification kept so the report can show it.
import { parsePurl } from '../core/purl.js';
import type { VulnFinding } from './match.js';

/** One ignore entry, as the policy loader returns it (`vulnerabilities.ignore` and `ignore:`). */
export interface IgnoreRule {
  id: string;
  reason?: string;
  /** YYYY-MM-DD; the rule stops applying after this day. */
  expires?: string;
}

export interface VexStatement {
  vulnerability: string;
  aliases: string[];
  /** purls (possibly without version); empty means every product. */
  products: string[];
  justification?: string;
  source: string;
}

export interface Suppression {
  by: 'ignore' | 'vex';
  reason?: string;
  source?: string;
}

export class SuppressionError extends Error {}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

export function isExpired(rule: IgnoreRule, now: Date): boolean {
  return rule.expires !== undefined && rule.expires < now.toISOString().slice(0, 10);
}

function openVex(doc: Obj, source: string): VexStatement[] {
  return list(doc.statements).flatMap((s): VexStatement[] => {
    if (!isObj(s) || s.status !== 'not_affected') return [];
    const v = s.vulnerability;
    const name = typeof v === 'string' ? v : isObj(v) ? (str(v.name) ?? str(v['@id'])) : undefined;
    if (!name) return [];
    const aliases = isObj(v) ? list(v.aliases).filter((a): a is string => typeof a === 'string') : [];
    const products = list(s.products).flatMap((p) => {
      if (typeof p === 'string') return [p];
      if (!isObj(p)) return [];
      const ids = isObj(p.identifiers) ? str(p.identifiers.purl) : undefined;
      return [ids ?? str(p['@id'])].filter((x): x is string => x !== undefined);
    });
    const justification = str(s.justification) ?? str(s.impact_statement);
    return [{ vulnerability: name, aliases, products, source, ...(justification ? { justification } : {}) }];
  });
}

function cycloneDxVex(doc: Obj, source: string): VexStatement[] {
  const refToPurl = new Map<string, string>();
  for (const c of list(doc.components))
    if (isObj(c) && str(c['bom-ref']) && str(c.purl)) refToPurl.set(c['bom-ref'] as string, c.purl as string);
  return list(doc.vulnerabilities).flatMap((v): VexStatement[] => {
    if (!isObj(v) || !str(v.id) || !isObj(v.analysis) || v.analysis.state !== 'not_affected') return [];
    const products = list(v.affects)
      .map((a) =>
        isObj(a) && str(a.ref) ? (refToPurl.get(a.ref as string) ?? (a.ref as string)) : undefined,
      )
      .filter((x): x is string => x !== undefined);
    const justification = [str(v.analysis.justification), str(v.analysis.detail)].filter(Boolean).join(': ');
    return [
      {
        vulnerability: v.id as string,
        aliases: [],
        products,
        source,
        ...(justification ? { justification } : {}),
      },
    ];
  });
}

/** Reads an OpenVEX or CycloneDX VEX JSON document. */
export function readVex(text: string, source: string): VexStatement[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new SuppressionError(`not valid JSON: ${(err as Error).message}`);
  }
  if (!isObj(doc)) throw new SuppressionError('not a JSON object');
  if (Array.isArray(doc.statements)) return openVex(doc, source);
  if (doc.bomFormat === 'CycloneDX') return cycloneDxVex(doc, source);
  throw new SuppressionError('neither an OpenVEX nor a CycloneDX VEX document');
}

function purlMatches(product: string, purl: string): boolean {
  if (product === purl) return true;
  try {
    const a = parsePurl(product);
    const b = parsePurl(purl);
    return (
      a.type === b.type &&
      (a.namespace ?? '') === (b.namespace ?? '') &&
      a.name === b.name &&
      (!a.version || a.version === b.version)
    );
  } catch {
    return false;
  }
}

/** Why a finding is suppressed, or null when it is not. Expired ignore rules never suppress. */
export function suppressionFor(
  finding: VulnFinding,
  rules: IgnoreRule[],
  vex: VexStatement[],
  now: Date,
): Suppression | null {
  const ids = new Set([finding.id, ...finding.aliases]);
  const rule = rules.find((r) => ids.has(r.id) && !isExpired(r, now));
  if (rule) return { by: 'ignore', ...(rule.reason ? { reason: rule.reason } : {}) };
  const statement = vex.find(
    (s) =>
      [s.vulnerability, ...s.aliases].some((id) => ids.has(id)) &&
      (s.products.length === 0 || s.products.some((p) => purlMatches(p, finding.purl))),
  );
  if (statement)
    return {
      by: 'vex',
      source: statement.source,
      ...(statement.justification ? { reason: statement.justification } : {}),
    };
  return null;
}
