// RPM packaging as openEuler and Anolis OS build it: .spec files. Specs inside build trees
// (BUILD/, BUILDROOT/) are copies, not sources, and are left out.
import type { EcosystemPlugin } from '../../core/plugin.js';
import { extractSpec, PLUGIN_ID } from './extract-spec.js';

const SKIPPED_DIRS = new Set(['BUILD', 'BUILDROOT', 'node_modules']);

export const rpmSpecPlugin: EcosystemPlugin = {
  id: PLUGIN_ID,
  ecosystem: 'rpm',
  formats: ['RPM .spec files (preamble, %package subpackages, macros and conditionals)'],
  claims: (path) =>
    path.endsWith('.spec') &&
    !path
      .split('/')
      .slice(0, -1)
      .some((d) => SKIPPED_DIRS.has(d)),
  extract: extractSpec,
};
