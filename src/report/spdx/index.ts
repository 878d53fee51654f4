// The `spdx` reporter: an SPDX 2.3 JSON document, checked before it is returned (ReportError on
// any problem, so an invalid document is never written).
import { ReportError, type Reporter } from '../../core/analyzer.js';
import { buildDocument } from './build-document.js';
import { checkDocument } from './check-document.js';

export const spdxReporter: Reporter = {
  id: 'spdx',
  extension: 'spdx.json',
  machine: true,
  specVersions: ['2.3'],
  render(result) {
    const doc = buildDocument(result);
    const problems = checkDocument(doc, result);
    if (problems.length) throw new ReportError('spdx', 'the SPDX document would not be valid', problems);
    return JSON.stringify(doc, null, 2) + '\n';
  },
};
