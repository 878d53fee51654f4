// Renders a scan result with a named reporter. Reporters validate their own output and throw
// ReportError rather than return an invalid document.
import type { RenderOptions } from '../core/analyzer.js';
import type { ScanResult } from '../core/result.js';
import { findReporter } from './registry.js';

export async function render(result: ScanResult, format: string, options: RenderOptions): Promise<string> {
  const reporter = findReporter(format);
  if (!reporter) throw new Error(`unknown format ${format}`);
  return reporter.render(result, options);
}
