// The Go ecosystem: go.mod with go.sum, vendor/modules.txt of trees shipped without go.mod, and
// the module list embedded in compiled executables, and go.work workspaces (whose modules are then
// reported once, as the workspace's importers). Executables cannot be told apart by name, so
// only extensionless or .exe files at the scan root or in bin/, sbin/, libexec/ and release
// output directories are opened; files without Go build info yield nothing.
import type { EcosystemPlugin } from '../../core/plugin.js';
import { extractGoBinary, GO_BINARY_PLUGIN_ID } from './extract-go-binary.js';
import { extractGoMod, GO_MOD_PLUGIN_ID } from './extract-go-mod.js';
import { extractGoWork, GO_WORK_PLUGIN_ID } from './extract-go-work.js';
import { extractVendorModules, VENDOR_PLUGIN_ID } from './extract-vendor-modules.js';

const SKIPPED_DIRS = new Set(['vendor', 'node_modules', '.git', 'testdata']);
const BINARY_DIRS = new Set(['bin', 'sbin', 'libexec', 'dist', 'build', 'out', 'release', 'releases']);
const NOT_BINARIES =
  /^(LICENSE|LICENCE|COPYING|NOTICE|AUTHORS|CONTRIBUTORS|README|CHANGELOG|Makefile|Dockerfile|Containerfile|Jenkinsfile|Procfile|Gemfile|Rakefile|Vagrantfile|VERSION|OWNERS|CODEOWNERS|PATENTS)$/i;

const dirs = (path: string) => path.split('/').slice(0, -1);

export const goModPlugin: EcosystemPlugin = {
  id: GO_MOD_PLUGIN_ID,
  ecosystem: 'golang',
  formats: ['go.mod (module, go, toolchain, require, replace, exclude, retract) with go.sum h1 hashes'],
  claims: (path) =>
    (path === 'go.mod' || path.endsWith('/go.mod')) && !dirs(path).some((d) => SKIPPED_DIRS.has(d)),
  extract: extractGoMod,
};

export const goWorkPlugin: EcosystemPlugin = {
  id: GO_WORK_PLUGIN_ID,
  ecosystem: 'golang',
  formats: [
    "go.work (go, toolchain, godebug, use, replace) with go.work.sum and the used modules' go.mod and go.sum",
  ],
  claims: (path) =>
    (path === 'go.work' || path.endsWith('/go.work')) && !dirs(path).some((d) => SKIPPED_DIRS.has(d)),
  extract: extractGoWork,
};

export const goVendorPlugin: EcosystemPlugin = {
  id: VENDOR_PLUGIN_ID,
  ecosystem: 'golang',
  formats: ['vendor/modules.txt (only where no go.mod or go.work sits beside vendor/)'],
  claims: (path, tree) => {
    if (!(path === 'vendor/modules.txt' || path.endsWith('/vendor/modules.txt'))) return false;
    const project = path.slice(0, -'vendor/modules.txt'.length);
    return (
      !tree.hasFile(`${project}go.mod`) &&
      !tree.hasFile(`${project}go.work`) &&
      !dirs(path)
        .slice(0, -1)
        .some((d) => SKIPPED_DIRS.has(d))
    );
  },
  extract: extractVendorModules,
};

export const goBinaryPlugin: EcosystemPlugin = {
  id: GO_BINARY_PLUGIN_ID,
  ecosystem: 'golang',
  formats: [
    'Go executables built by Go 1.18 or later (embedded build info: main module, deps, replacements, Go version)',
  ],
  claims: (path, tree) => {
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (!tree.hasFile(path)) return false;
    if ((name.includes('.') && !name.endsWith('.exe')) || NOT_BINARIES.test(name) || name.startsWith('.'))
      return false;
    const d = dirs(path);
    if (d.some((x) => SKIPPED_DIRS.has(x))) return false;
    return d.length === 0 || d.some((x) => BINARY_DIRS.has(x));
  },
  extract: extractGoBinary,
};
