// Maven versions as a VersionScheme. The ordering itself (ComparableVersion) lives in
// src/util/maven-version.ts so that the Maven plugin, which may import only core and util, can
// resolve version ranges with the same order (docs/decisions/0010-maven-version-order-in-util.md).
import { compareMavenVersions } from '../util/maven-version.js';
import type { VersionScheme } from './types.js';

// ComparableVersion accepts any string; an empty one is the only thing we call invalid.
export const maven: VersionScheme = {
  id: 'maven',
  compare: compareMavenVersions,
  isValid: (v) => v.trim() !== '',
};
