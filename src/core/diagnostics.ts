// Findings as diagnostics: a stable code from the registry in codes.ts, a severity, parameters for
// the translated message, a location and optional machine data. Maps one-to-one onto SARIF results.
import type { Location } from './model.js';
import { CODES, type DiagnosticCode } from './codes.js';

export type Severity = 'error' | 'warning' | 'note';

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  /** Parameters substituted into the translated message. Language-neutral. */
  params: Record<string, string | number>;
  location?: Location;
  /** purl of the component concerned, if any. */
  component?: string;
  data?: unknown;
}

export function diagnostic(
  code: DiagnosticCode,
  params: Record<string, string | number> = {},
  extra: Partial<Pick<Diagnostic, 'location' | 'component' | 'data' | 'severity'>> = {},
): Diagnostic {
  const d: Diagnostic = { code, severity: extra.severity ?? CODES[code].severity, params };
  if (extra.location) d.location = extra.location;
  if (extra.component) d.component = extra.component;
  if (extra.data !== undefined) d.data = extra.data;
  return d;
}
