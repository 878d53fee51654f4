// The list of reporters, selected with --format.
import type { Reporter } from '../core/analyzer.js';
import { cyclonedxReporter } from './cyclonedx/index.js';
import { htmlReporter } from './html/index.js';
import { jsonReporter } from './json.js';
import { markdownReporter } from './markdown/index.js';
import { sarifReporter } from './sarif/index.js';
import { spdxReporter } from './spdx/index.js';
import { tableReporter } from './table.js';

export const REPORTERS: Reporter[] = [
  tableReporter,
  jsonReporter,
  cyclonedxReporter,
  spdxReporter,
  sarifReporter,
  markdownReporter,
  htmlReporter,
];

export function findReporter(id: string): Reporter | undefined {
  return REPORTERS.find((r) => r.id === id);
}
