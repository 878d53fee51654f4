// The direct dependencies a pyproject.toml declares, by kind: PEP 621 `[project]` dependencies
// (prod) and optional-dependencies (optional), PEP 735 `[dependency-groups]` (dev), Poetry's
// `[tool.poetry.dependencies]` (prod, `optional = true` -> optional), its legacy dev-dependencies
// and `[tool.poetry.group.<name>.dependencies]` (dev unless the group is `main`), and PDM's
// `[tool.pdm.dev-dependencies]` (dev). Names are PEP 503-normalised.
import type { EdgeKind } from '../../core/model.js';
import { isTable, type TomlTable } from '../../util/toml.js';
import { normalizeName, requirementName } from './names.js';

export interface DirectDeps {
  name?: string;
  version?: string;
  deps: Map<string, EdgeKind>;
}

const RANK: Record<EdgeKind, number> = { prod: 0, optional: 1, peer: 2, dev: 3 };

export function directDeps(doc: TomlTable): DirectDeps {
  const deps = new Map<string, EdgeKind>();
  const add = (name: string, kind: EdgeKind) => {
    const n = normalizeName(name);
    if (n === 'python') return;
    const prev = deps.get(n);
    if (!prev || RANK[kind] < RANK[prev]) deps.set(n, kind);
  };
  const addReqs = (list: unknown, kind: EdgeKind) => {
    if (Array.isArray(list))
      for (const r of list)
        if (typeof r === 'string') {
          const n = requirementName(r)?.name;
          if (n) add(n, kind);
        }
  };
  const project = isTable(doc.project) ? doc.project : {};
  addReqs(project.dependencies, 'prod');
  if (isTable(project['optional-dependencies']))
    for (const reqs of Object.values(project['optional-dependencies'])) addReqs(reqs, 'optional');
  if (isTable(doc['dependency-groups']))
    for (const reqs of Object.values(doc['dependency-groups'])) addReqs(reqs, 'dev');
  const tool = isTable(doc.tool) ? doc.tool : {};
  const poetry = isTable(tool.poetry) ? tool.poetry : {};
  const addTable = (t: unknown, kind: EdgeKind) => {
    if (isTable(t))
      for (const [n, spec] of Object.entries(t))
        add(n, kind === 'prod' && isTable(spec) && spec.optional === true ? 'optional' : kind);
  };
  addTable(poetry.dependencies, 'prod');
  addTable(poetry['dev-dependencies'], 'dev');
  if (isTable(poetry.group))
    for (const [g, t] of Object.entries(poetry.group))
      if (isTable(t)) addTable(t.dependencies, g === 'main' ? 'prod' : 'dev');
  const pdm = isTable(tool.pdm) ? tool.pdm : {};
  if (isTable(pdm['dev-dependencies']))
    for (const reqs of Object.values(pdm['dev-dependencies'])) addReqs(reqs, 'dev');
  const out: DirectDeps = { deps };
  const name = project.name ?? poetry.name;
  const version = project.version ?? poetry.version;
  if (typeof name === 'string') out.name = normalizeName(name);
  if (typeof version === 'string') out.version = version;
  return out;
}
