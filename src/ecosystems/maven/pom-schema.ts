// Permissive reading of a POM's element tree into the raw values Maven's model builder starts
// from: coordinates, parent, properties, dependencies, dependencyManagement and modules, each with
// its line. Nothing is interpolated or inherited here (see effective-pom.ts).
import { child, childrenNamed, childText, parseXml, XmlError, type XmlElement } from '../../util/xml.js';
import { FileError } from '../../core/plugin.js';

export interface RawDependency {
  groupId?: string;
  artifactId?: string;
  version?: string;
  type?: string;
  classifier?: string;
  scope?: string;
  optional?: string;
  /** `groupId:artifactId` patterns, `*` allowed in either part. */
  exclusions: string[];
  line: number;
}

export interface RawParent {
  groupId?: string;
  artifactId?: string;
  version?: string;
  /** As written; undefined means Maven's default `../pom.xml`. Empty means "look only in the repository". */
  relativePath?: string;
  line: number;
}

export interface RawPom {
  groupId?: string;
  artifactId?: string;
  version?: string;
  packaging?: string;
  parent?: RawParent;
  /** Name -> value and line, in document order. */
  properties: Map<string, { value: string; line: number }>;
  dependencies: RawDependency[];
  managed: RawDependency[];
  modules: { path: string; line: number }[];
  line: number;
}

function readDependency(el: XmlElement): RawDependency {
  const dep: RawDependency = { exclusions: [], line: el.line };
  for (const key of [
    'groupId',
    'artifactId',
    'version',
    'type',
    'classifier',
    'scope',
    'optional',
  ] as const) {
    const v = childText(el, key);
    if (v !== undefined) dep[key] = v;
  }
  for (const ex of childrenNamed(child(el, 'exclusions'), 'exclusion'))
    dep.exclusions.push(`${childText(ex, 'groupId') ?? '*'}:${childText(ex, 'artifactId') ?? '*'}`);
  return dep;
}

const dependencyList = (el: XmlElement | undefined): RawDependency[] =>
  childrenNamed(child(el, 'dependencies'), 'dependency').map(readDependency);

export function toRawPom(root: XmlElement, file: string): RawPom {
  if (root.name !== 'project')
    throw new FileError('parse-error', file, `root element is <${root.name}>, not <project>`, root.line);
  const pom: RawPom = {
    properties: new Map(),
    dependencies: dependencyList(root),
    managed: dependencyList(child(root, 'dependencyManagement')),
    modules: childrenNamed(child(root, 'modules'), 'module').map((m) => ({
      path: m.text.trim(),
      line: m.line,
    })),
    line: root.line,
  };
  for (const key of ['groupId', 'artifactId', 'version', 'packaging'] as const) {
    const v = childText(root, key);
    if (v !== undefined) pom[key] = v;
  }
  const parent = child(root, 'parent');
  if (parent) {
    const p: RawParent = { line: parent.line };
    for (const key of ['groupId', 'artifactId', 'version'] as const) {
      const v = childText(parent, key);
      if (v !== undefined) p[key] = v;
    }
    const rel = child(parent, 'relativePath');
    if (rel) p.relativePath = rel.text.trim();
    pom.parent = p;
  }
  for (const prop of child(root, 'properties')?.children ?? [])
    pom.properties.set(prop.name, { value: prop.text.trim(), line: prop.line });
  return pom;
}

/** Text -> RawPom; malformed XML becomes a FileError with the line. */
export function parsePom(text: string, file: string): RawPom {
  let root: XmlElement;
  try {
    root = parseXml(text);
  } catch (e) {
    if (e instanceof XmlError) throw new FileError('parse-error', file, e.message, e.line);
    throw e;
  }
  return toRawPom(root, file);
}
