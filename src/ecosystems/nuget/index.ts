// The .NET ecosystem: NuGet's packages.lock.json (written when RestorePackagesWithLockFile is on),
// one per project directory. Copies under bin/ and obj/ are build output, not projects.
import type { EcosystemPlugin } from '../../core/plugin.js';
import { extractPackagesLock, NUGET_PLUGIN_ID } from './extract-packages-lock.js';

export const nugetLockPlugin: EcosystemPlugin = {
  id: NUGET_PLUGIN_ID,
  ecosystem: 'nuget',
  formats: ['packages.lock.json (version 1 and 2)'],
  claims: (path) =>
    (path === 'packages.lock.json' || path.endsWith('/packages.lock.json')) &&
    !path.split('/').some((d) => d === 'bin' || d === 'obj' || d === 'node_modules'),
  extract: extractPackagesLock,
};
