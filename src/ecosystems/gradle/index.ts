// The Gradle ecosystem: dependency lockfiles, with hashes from gradle/verification-metadata.xml.
// Lockfiles under build output are not projects.
import type { EcosystemPlugin } from '../../core/plugin.js';
import { extractGradleLockfile, PLUGIN_ID } from './extract-gradle-lockfile.js';

const IGNORED_DIRS = new Set(['build', '.gradle', 'node_modules']);
const NAMES = new Set(['gradle.lockfile', 'buildscript-gradle.lockfile', 'settings-gradle.lockfile']);

export const gradleLockfilePlugin: EcosystemPlugin = {
  id: PLUGIN_ID,
  ecosystem: 'maven',
  formats: [
    'gradle.lockfile, buildscript-gradle.lockfile, settings-gradle.lockfile and gradle/dependency-locks/*.lockfile, with hashes from gradle/verification-metadata.xml',
  ],
  claims(path) {
    const parts = path.split('/');
    const name = parts.at(-1)!;
    if (parts.slice(0, -1).some((d) => IGNORED_DIRS.has(d))) return false;
    if (NAMES.has(name)) return true;
    return name.endsWith('.lockfile') && path.includes('gradle/dependency-locks/');
  },
  extract: extractGradleLockfile,
};
