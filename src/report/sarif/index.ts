// The SARIF 2.1.0 reporter (--format sarif), for code-scanning UIs and CI annotations. Messages are
// English whatever --lang says: SARIF consumers show message.text as is, and the code and
// parameters travel in properties for tools that translate.
import type { Reporter } from '../../core/analyzer.js';
import { buildSarif } from './build-log.js';

export const sarifReporter: Reporter = {
  id: 'sarif',
  extension: 'sarif',
  machine: true,
  render: (result) => JSON.stringify(buildSarif(result), null, 2) + '\n',
};
