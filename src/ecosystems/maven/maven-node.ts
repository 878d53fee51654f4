// One resolved Maven artifact -> GraphNode: purl `pkg:maven/group/artifact@version` with `type`
// and `classifier` qualifiers when they are not the default jar, and the Maven scope as a property.
import type { GraphNode, Location } from '../../core/model.js';
import { makePurl } from '../../core/purl.js';
import type { Dependency } from './effective-pom.js';

export const PLUGIN_ID = 'maven/pom';

export function mavenPurl(
  d: { groupId: string; artifactId: string; type?: string; classifier?: string },
  version?: string,
): string {
  return makePurl({
    type: 'maven',
    namespace: d.groupId,
    name: d.artifactId,
    version: version ?? null,
    qualifiers: { type: d.type && d.type !== 'jar' ? d.type : undefined, classifier: d.classifier },
  });
}

export function mavenNode(
  dep: Dependency,
  version: string | undefined,
  scope: string,
  location: Location,
): GraphNode {
  const purl = mavenPurl(dep, version);
  const node: GraphNode = {
    id: purl,
    ecosystem: 'maven',
    name: `${dep.groupId}:${dep.artifactId}`,
    version: version ?? null,
    purl,
    source: { type: 'registry' },
    location,
    properties: { mavenScope: scope },
  };
  if (!version && dep.version) node.range = dep.version;
  return node;
}
