// Checks a serialized CycloneDX document against the scan it came from, for what a JSON schema
// cannot see: every component and hash made it through (the library silently drops a hash value
// it deems malformed), bom-refs are unique, and every dependency names a component in the document
// and matches result.relationships exactly. Returns the problems; the reporter refuses on any.
import type { ScanResult } from '../../core/result.js';

interface CdxComponent {
  'bom-ref'?: string;
  purl?: string;
  hashes?: { alg: string; content: string }[];
  properties?: { name: string; value: string }[];
  components?: CdxComponent[];
}

export interface CdxDocument {
  metadata?: { component?: CdxComponent };
  components?: CdxComponent[];
  dependencies?: { ref: string; dependsOn?: string[] }[];
}

function allComponents(doc: CdxDocument): CdxComponent[] {
  const out: CdxComponent[] = [];
  const visit = (c: CdxComponent) => {
    out.push(c);
    for (const child of c.components ?? []) visit(child);
  };
  if (doc.metadata?.component) visit(doc.metadata.component);
  for (const c of doc.components ?? []) visit(c);
  return out;
}

export function checkBom(doc: CdxDocument, result: ScanResult): string[] {
  const problems: string[] = [];
  const byRef = new Map<string, CdxComponent>();
  for (const c of allComponents(doc)) {
    const ref = c['bom-ref'];
    if (!ref) continue;
    if (byRef.has(ref)) problems.push(`duplicate bom-ref ${ref}`);
    byRef.set(ref, c);
  }
  for (const c of result.components) {
    const out = byRef.get(c.purl);
    if (!out || out.purl !== c.purl) {
      problems.push(`component ${c.purl} is missing`);
      continue;
    }
    const written = new Set((out.hashes ?? []).map((h) => `${h.alg}:${h.content.toLowerCase()}`));
    // Extra hashes of an algorithm already used are kept as `ALG:hex` properties.
    for (const p of out.properties ?? []) {
      if (p.name !== 'steward:hash') continue;
      const colon = p.value.indexOf(':');
      written.add(`${p.value.slice(0, colon)}:${p.value.slice(colon + 1).toLowerCase()}`);
    }
    for (const h of c.hashes)
      if (!written.has(`${h.alg}:${h.value.toLowerCase()}`))
        problems.push(`hash ${h.alg} ${JSON.stringify(h.value)} of ${c.purl} is not a valid ${h.alg} digest`);
  }
  const edges = new Set<string>();
  for (const d of doc.dependencies ?? []) {
    if (!byRef.has(d.ref)) problems.push(`dependency ref ${d.ref} names no component`);
    for (const to of d.dependsOn ?? []) {
      if (!byRef.has(to)) problems.push(`dependsOn ${to} (from ${d.ref}) names no component`);
      edges.add(`${d.ref} -> ${to}`);
    }
  }
  for (const r of result.relationships)
    if (!edges.delete(`${r.from} -> ${r.to}`)) problems.push(`relationship ${r.from} -> ${r.to} is missing`);
  for (const extra of edges) problems.push(`dependency ${extra} is not in the scan`);
  return problems;
}
