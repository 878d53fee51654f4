// Reads the components of an SBOM for auditing: CycloneDX 1.4–1.7 JSON and SPDX 2.3 JSON, matched
// by purl. Dependency edges and the document's root are kept so findings can show the path from
// a direct dependency. Pure: the caller reads the file and passes its text.

export interface SbomComponents {
  format: 'CycloneDX' | 'SPDX';
  specVersion: string;
  purls: string[];
  /** Edges between purls (or the root ref) for dependency paths. */
  edges: { from: string; to: string }[];
  /** Refs whose direct dependencies are the project's direct dependencies. */
  roots: string[];
}

export class SbomError extends Error {
  constructor(readonly detail: string) {
    super(detail);
    this.name = 'SbomError';
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

const CDX_VERSIONS = ['1.4', '1.5', '1.6', '1.7'];

function readCycloneDx(doc: Obj): SbomComponents {
  const specVersion = String(doc.specVersion ?? '');
  if (!CDX_VERSIONS.includes(specVersion))
    throw new SbomError(`CycloneDX ${specVersion || '(no specVersion)'} is not supported (1.4–1.7 are)`);
  const refToPurl = new Map<string, string>();
  const purls: string[] = [];
  const walk = (components: unknown[]) => {
    for (const c of components) {
      if (!isObj(c)) continue;
      if (typeof c.purl === 'string' && c.purl) {
        purls.push(c.purl);
        if (typeof c['bom-ref'] === 'string') refToPurl.set(c['bom-ref'], c.purl);
      }
      walk(list(c.components));
    }
  };
  walk(list(doc.components));
  const meta = isObj(doc.metadata) && isObj(doc.metadata.component) ? doc.metadata.component : undefined;
  const rootRef = meta && typeof meta['bom-ref'] === 'string' ? meta['bom-ref'] : undefined;
  const resolve = (ref: string) => refToPurl.get(ref) ?? ref;
  const edges = list(doc.dependencies).flatMap((d) =>
    isObj(d) && typeof d.ref === 'string'
      ? list(d.dependsOn)
          .filter((t): t is string => typeof t === 'string')
          .map((t) => ({ from: resolve(d.ref as string), to: resolve(t) }))
      : [],
  );
  return { format: 'CycloneDX', specVersion, purls, edges, roots: rootRef ? [resolve(rootRef)] : [] };
}

function readSpdx(doc: Obj): SbomComponents {
  const specVersion = String(doc.spdxVersion ?? '').replace(/^SPDX-/, '');
  if (specVersion !== '2.3' && specVersion !== '2.2')
    throw new SbomError(`SPDX ${specVersion || '(no spdxVersion)'} is not supported (2.3 is)`);
  const idToPurl = new Map<string, string>();
  const purls: string[] = [];
  for (const p of list(doc.packages)) {
    if (!isObj(p)) continue;
    const ref = list(p.externalRefs).find(
      (r) => isObj(r) && r.referenceType === 'purl' && typeof r.referenceLocator === 'string',
    ) as Obj | undefined;
    if (!ref) continue;
    const purl = ref.referenceLocator as string;
    purls.push(purl);
    if (typeof p.SPDXID === 'string') idToPurl.set(p.SPDXID, purl);
  }
  const resolve = (id: string) => idToPurl.get(id) ?? id;
  const edges: { from: string; to: string }[] = [];
  const roots = list(doc.documentDescribes)
    .filter((x): x is string => typeof x === 'string')
    .map(resolve);
  for (const r of list(doc.relationships)) {
    if (!isObj(r) || typeof r.spdxElementId !== 'string' || typeof r.relatedSpdxElement !== 'string')
      continue;
    const a = resolve(r.spdxElementId);
    const b = resolve(r.relatedSpdxElement);
    const type = String(r.relationshipType);
    if (type === 'DEPENDS_ON' || type === 'CONTAINS') edges.push({ from: a, to: b });
    else if (type === 'DEPENDENCY_OF') edges.push({ from: b, to: a });
    else if (type === 'DESCRIBES' && r.spdxElementId === 'SPDXRef-DOCUMENT') roots.push(b);
  }
  return { format: 'SPDX', specVersion, purls, edges, roots: [...new Set(roots)] };
}

/** Reads an SBOM's JSON text. Throws SbomError for what is not a supported SBOM. */
export function readSbom(text: string): SbomComponents {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new SbomError(`not valid JSON: ${(err as Error).message}`);
  }
  if (!isObj(doc)) throw new SbomError('not a JSON object');
  if (doc.bomFormat === 'CycloneDX') return readCycloneDx(doc);
  if (typeof doc.spdxVersion === 'string') return readSpdx(doc);
  throw new SbomError('neither a CycloneDX nor an SPDX JSON document');
}

/** Shortest path from a root's direct dependency to `target`, as purls (BFS over edges). */
export function dependencyPath(
  target: string,
  edges: { from: string; to: string }[],
  roots: string[],
): string[] {
  const out = new Map<string, string[]>();
  for (const e of edges) out.set(e.from, [...(out.get(e.from) ?? []), e.to]);
  const prev = new Map<string, string | null>();
  const queue: string[] = [];
  for (const r of roots)
    for (const d of out.get(r) ?? [])
      if (!prev.has(d)) {
        prev.set(d, null);
        queue.push(d);
      }
  for (let i = 0; i < queue.length; i++) {
    const cur = queue[i]!;
    if (cur === target) break;
    for (const next of out.get(cur) ?? [])
      if (!prev.has(next)) {
        prev.set(next, cur);
        queue.push(next);
      }
  }
  if (!prev.has(target)) return [];
  const path: string[] = [];
  for (let cur: string | null = target; cur !== null; cur = prev.get(cur) ?? null) path.unshift(cur);
  return path;
}
