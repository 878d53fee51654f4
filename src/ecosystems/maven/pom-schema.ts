// Permissive reading of a POM's element tree into the raw values Maven's model builder starts
// from: coordinates, parent, properties, dependencies, dependencyManagement, modules and profiles,
// each with its line. Nothing is activated, interpolated or inherited here (see effective-pom.ts).
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

/** What a POM and each of its profiles may contribute to the dependency model. */
export interface RawModelBase {
  /** Name -> value and line, in document order. */
  properties: Map<string, { value: string; line: number }>;
  dependencies: RawDependency[];
  managed: RawDependency[];
  modules: { path: string; line: number }[];
}

/** `<activation>`: each condition present must hold (Maven 3.2.2+); values as written. */
export interface RawActivation {
  activeByDefault: boolean;
  jdk?: string;
  os?: { name?: string; family?: string; arch?: string; version?: string };
  property?: { name: string; value?: string };
  file?: { exists?: string; missing?: string };
}

export interface RawProfile extends RawModelBase {
  id: string;
  activation?: RawActivation;
  line: number;
}

export interface RawPom extends RawModelBase {
  groupId?: string;
  artifactId?: string;
  version?: string;
  packaging?: string;
  parent?: RawParent;
  profiles: RawProfile[];
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

function readModelBase(el: XmlElement): RawModelBase {
  const base: RawModelBase = {
    properties: new Map(),
    dependencies: dependencyList(el),
    managed: dependencyList(child(el, 'dependencyManagement')),
    modules: childrenNamed(child(el, 'modules'), 'module').map((m) => ({
      path: m.text.trim(),
      line: m.line,
    })),
  };
  for (const prop of child(el, 'properties')?.children ?? [])
    base.properties.set(prop.name, { value: prop.text.trim(), line: prop.line });
  return base;
}

function readActivation(el: XmlElement): RawActivation {
  const a: RawActivation = { activeByDefault: childText(el, 'activeByDefault') === 'true' };
  const jdk = childText(el, 'jdk');
  if (jdk !== undefined) a.jdk = jdk;
  const os = child(el, 'os');
  if (os) {
    a.os = {};
    for (const key of ['name', 'family', 'arch', 'version'] as const) {
      const v = childText(os, key);
      if (v !== undefined) a.os[key] = v;
    }
  }
  const prop = child(el, 'property');
  if (prop) {
    a.property = { name: childText(prop, 'name') ?? '' };
    const value = childText(prop, 'value');
    if (value !== undefined) a.property.value = value;
  }
  const file = child(el, 'file');
  if (file) {
    a.file = {};
    const exists = childText(file, 'exists');
    const missing = childText(file, 'missing');
    if (exists !== undefined) a.file.exists = exists;
    if (missing !== undefined) a.file.missing = missing;
  }
  return a;
}

function readProfile(el: XmlElement): RawProfile {
  const activation = child(el, 'activation');
  return {
    id: childText(el, 'id') ?? 'default',
    ...readModelBase(el),
    ...(activation ? { activation: readActivation(activation) } : {}),
    line: el.line,
  };
}

export function toRawPom(root: XmlElement, file: string): RawPom {
  if (root.name !== 'project')
    throw new FileError('parse-error', file, `root element is <${root.name}>, not <project>`, root.line);
  const pom: RawPom = {
    ...readModelBase(root),
    profiles: childrenNamed(child(root, 'profiles'), 'profile').map(readProfile),
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
