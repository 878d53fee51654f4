// The Cargo ecosystem: Cargo.lock (v1-v4), with workspace members and dependency kinds read from
// the Cargo.toml files beside it, and the declared dependencies of Cargo.toml projects that have no
// lockfile. Files inside build output or vendored crates are not projects.
import type { EcosystemPlugin } from '../../core/plugin.js';
import { extractCargoLock, PLUGIN_ID } from './extract-cargo-lock.js';
import { CARGO_TOML_PLUGIN_ID, extractCargoToml } from './extract-cargo-toml.js';

const IGNORED_DIRS = new Set(['target', 'vendor', '.cargo']);
const inIgnoredDir = (path: string) =>
  path
    .split('/')
    .slice(0, -1)
    .some((d) => IGNORED_DIRS.has(d));

export const cargoLockPlugin: EcosystemPlugin = {
  id: PLUGIN_ID,
  ecosystem: 'cargo',
  formats: ['Cargo.lock (v1 with [metadata] checksums, v2, v3, v4) with the workspace Cargo.toml files'],
  claims: (path) => (path === 'Cargo.lock' || path.endsWith('/Cargo.lock')) && !inIgnoredDir(path),
  extract: extractCargoLock,
};

/** Cargo.toml with no Cargo.lock beside it; extract() also passes over members and locked path crates. */
export const cargoTomlPlugin: EcosystemPlugin = {
  id: CARGO_TOML_PLUGIN_ID,
  ecosystem: 'cargo',
  formats: ['Cargo.toml declared requirements (package or workspace), when no Cargo.lock covers it'],
  claims: (path, tree) =>
    (path === 'Cargo.toml' || path.endsWith('/Cargo.toml')) &&
    !inIgnoredDir(path) &&
    !tree.hasFile(`${path.slice(0, -'Cargo.toml'.length)}Cargo.lock`),
  extract: extractCargoToml,
};
