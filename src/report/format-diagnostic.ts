// One line per diagnostic for humans: severity, code, translated message, and line when known.
import type { Lang } from '../core/analyzer.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { translate } from '../i18n/catalogue.js';

export function formatDiagnostic(d: Diagnostic, lang: Lang): string {
  const params = { ...d.params };
  if (d.location?.line && typeof params.file === 'string') params.file = `${params.file}:${d.location.line}`;
  return `${d.severity}[${d.code}]: ${translate(lang, d.code, params)}`;
}
