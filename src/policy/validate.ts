// Schema validation of one policy document with Ajv, turned into errors a person can act on: the
// dotted key, its line, and for an unknown key the closest known one.
import { Ajv, type ErrorObject } from 'ajv';
import { POLICY_SCHEMA } from './schema.js';
import { closest } from './suggest.js';

export interface SchemaProblem {
  path: (string | number)[];
  /** True when the problem is the key itself (unknown key), not its value. */
  atKey: boolean;
  detail: string;
}

const ajv = new Ajv({ allErrors: true, strict: false });
const check = ajv.compile(POLICY_SCHEMA);

export function validatePolicyData(data: unknown): SchemaProblem[] {
  if (check(data)) return [];
  const seen = new Set<string>();
  const problems: SchemaProblem[] = [];
  for (const err of check.errors ?? []) {
    const p = toProblem(err);
    const id = p.path.join('.');
    // oneOf/enum produce several errors for one value; the first is the most useful.
    if (seen.has(id)) continue;
    seen.add(id);
    problems.push(p);
  }
  return problems;
}

function toProblem(err: ErrorObject): SchemaProblem {
  const path = err.instancePath
    .split('/')
    .slice(1)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')));
  if (err.keyword === 'additionalProperties') {
    const key = String((err.params as { additionalProperty: string }).additionalProperty);
    const known = Object.keys(schemaAt(path)?.properties ?? {});
    const near = closest(key, known);
    const hint = near ? `; did you mean "${near}"?` : known.length ? `; known keys: ${known.join(', ')}` : '';
    return { path: [...path, key], atKey: true, detail: `unknown key${hint}` };
  }
  if (err.keyword === 'required') {
    const missing = String((err.params as { missingProperty: string }).missingProperty);
    return { path, atKey: false, detail: `missing required key "${missing}"` };
  }
  if (err.keyword === 'enum') {
    const allowed = (err.params as { allowedValues: unknown[] }).allowedValues.map(String);
    return { path, atKey: false, detail: `must be one of: ${allowed.join(', ')}` };
  }
  if (err.keyword === 'pattern' && path.at(-1) === 'expires')
    return { path, atKey: false, detail: 'must be a date written YYYY-MM-DD' };
  if (err.keyword === 'type' && typeof path.at(-1) === 'number' && path.at(-2) === 'ignore')
    return { path, atKey: false, detail: 'must be a mapping: { id: ..., reason: ..., expires: YYYY-MM-DD }' };
  if (err.keyword === 'oneOf' && path.at(-1) === 'extends')
    return { path, atKey: false, detail: 'must be a preset name or a list of them' };
  return { path, atKey: false, detail: err.message ?? err.keyword };
}

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

function schemaAt(path: (string | number)[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = POLICY_SCHEMA as unknown as SchemaNode;
  for (const seg of path) node = typeof seg === 'number' ? node?.items : node?.properties?.[seg];
  return node;
}
