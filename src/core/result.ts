// The typed result of a scan: what the library returns and every reporter renders.
import type { Diagnostic } from './diagnostics.js';
import type { Component, Project, Relationship } from './model.js';
import type { ScanStatus } from './status.js';

/** Version of the JSON output schema (docs/json-schema.md). Bump on breaking changes. */
export const RESULT_SCHEMA_VERSION = '1.0';

/**
 * Report sections that analyzers add beside the inventory (e.g. `health`). The core names no
 * analyzer's types: each analyzer module declares its section by augmenting this interface.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ScanSections {}

export interface ScanResult extends ScanSections {
  schemaVersion: typeof RESULT_SCHEMA_VERSION;
  tool: { name: 'steward'; version: string };
  /** The scanned path as the caller gave it. */
  root: string;
  startedAt: string;
  durationMs: number;
  projects: Project[];
  components: Component[];
  relationships: Relationship[];
  diagnostics: Diagnostic[];
  status: ScanStatus;
}
