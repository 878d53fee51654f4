// Package URLs for ohpm packages. ohpm names follow npm's shape (`@ohos/hypium`, `lodash`), so the
// scope becomes the namespace with its '@' (percent-encoded as %40), exactly as for npm; see
// docs/decisions/0003-ohpm-purl.md. Packages an ohpm lockfile takes from the npm registry keep npm purls.
import { makePurl, npmPurl } from '../../core/purl.js';

export function ohpmPurl(name: string, version: string | null | undefined): string {
  const slash = name.startsWith('@') ? name.indexOf('/') : -1;
  const namespace = slash > 0 ? name.slice(0, slash) : undefined;
  const bare = slash > 0 ? name.slice(slash + 1) : name;
  return makePurl({ type: 'ohpm', namespace, name: bare, version });
}

export function purlFor(registryType: string | undefined, name: string, version: string | null): string {
  return registryType === 'npm' ? npmPurl(name, version) : ohpmPurl(name, version);
}
