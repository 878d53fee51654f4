// The Maven ecosystem: pom.xml files, reactor roots with their modules, resolved offline against a
// local Maven repository when there is one. POMs in build output or test resources are not projects.
import type { EcosystemPlugin } from '../../core/plugin.js';
import { extractPom } from './extract-pom.js';
import { PLUGIN_ID } from './maven-node.js';

const IGNORED_DIRS = new Set(['target', 'node_modules', '.mvn', 'src']);

export const mavenPomPlugin: EcosystemPlugin = {
  id: PLUGIN_ID,
  ecosystem: 'maven',
  formats: [
    'pom.xml (properties, parent POMs, BOM imports, dependencyManagement, scopes, optional, exclusions, modules, profiles), resolved transitively from a local Maven repository, version ranges included',
  ],
  claims: (path) =>
    (path === 'pom.xml' || path.endsWith('/pom.xml')) &&
    !path
      .split('/')
      .slice(0, -1)
      .some((d) => IGNORED_DIRS.has(d)),
  extract: extractPom,
};
