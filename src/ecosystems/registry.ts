// The list of ecosystem plugins. Adding an ecosystem means adding a folder and one line here; a
// test checks that every folder is registered and every registered plugin has a folder.
import type { EcosystemPlugin } from '../core/plugin.js';
import { bunLockPlugin } from './bun/index.js';
import { cargoLockPlugin, cargoTomlPlugin } from './cargo/index.js';
import { composerLockPlugin } from './composer/index.js';
import { gemfileLockPlugin } from './gem/index.js';
import { goBinaryPlugin, goModPlugin, goVendorPlugin, goWorkPlugin } from './golang/index.js';
import { npmPackageLockPlugin } from './npm/index.js';
import { nodeModulesPlugin, packageJsonPlugin } from './npm-installed/index.js';
import { nugetLockPlugin } from './nuget/index.js';
import { pnpmLockPlugin } from './pnpm/index.js';
import {
  pdmLockPlugin,
  pipfileLockPlugin,
  poetryLockPlugin,
  pylockPlugin,
  requirementsPlugin,
  uvLockPlugin,
} from './pypi/index.js';
import { yarnLockPlugin } from './yarn/index.js';
import { ohpmLockPlugin, ohpmManifestPlugin } from './ohpm/index.js';
import { rpmSpecPlugin } from './rpm/index.js';
import { mavenPomPlugin } from './maven/index.js';
import { gradleLockfilePlugin } from './gradle/index.js';
import { apkInstalledPlugin, dpkgStatusPlugin, rpmdbPlugin } from './os-packages/index.js';

export const ECOSYSTEM_PLUGINS: EcosystemPlugin[] = [
  npmPackageLockPlugin,
  pnpmLockPlugin,
  yarnLockPlugin,
  bunLockPlugin,
  nodeModulesPlugin,
  packageJsonPlugin,
  cargoLockPlugin,
  cargoTomlPlugin,
  goModPlugin,
  goWorkPlugin,
  goVendorPlugin,
  goBinaryPlugin,
  uvLockPlugin,
  poetryLockPlugin,
  requirementsPlugin,
  pipfileLockPlugin,
  pdmLockPlugin,
  pylockPlugin,
  composerLockPlugin,
  gemfileLockPlugin,
  nugetLockPlugin,
  ohpmLockPlugin,
  ohpmManifestPlugin,
  rpmSpecPlugin,
  mavenPomPlugin,
  gradleLockfilePlugin,
  dpkgStatusPlugin,
  rpmdbPlugin,
  apkInstalledPlugin,
];
