// The Cargo ecosystem: Cargo.lock (v1-v4), with workspace members and dependency kinds read from
// the Cargo.toml files beside it. Lockfiles inside build output or vendored crates are not projects.
import type { EcosystemPlugin } from '../../core/plugin.js';
import { extractCargoLock, PLUGIN_ID } from './extract-cargo-lock.js';

const IGNORED_DIRS = new Set(['target', 'vendor', '.cargo']);

export const cargoLockPlugin: EcosystemPlugin = {
  id: PLUGIN_ID,
  ecosystem: 'cargo',
  formats: ['Cargo.lock (v1 with [metadata] checksums, v2, v3, v4) with the workspace Cargo.toml files'],
  claims: (path) =>
    (path === 'Cargo.lock' || path.endsWith('/Cargo.lock')) &&
    !path
      .split('/')
      .slice(0, -1)
      .some((d) => IGNORED_DIRS.has(d)),
  extract: extractCargoLock,
};
