// The native JSON report: the ScanResult itself, documented and versioned in docs/json-schema.md.
import type { Reporter } from '../core/analyzer.js';

export const jsonReporter: Reporter = {
  id: 'json',
  extension: 'json',
  machine: true,
  render: (result) => JSON.stringify(result, null, 2) + '\n',
};
