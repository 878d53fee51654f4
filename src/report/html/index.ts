// The self-contained HTML report (--format html): one offline file with inventory, license
// categories, vulnerabilities by severity, architecture readiness, project health, charts and
// search, in the chosen language.
import type { Reporter } from '../../core/analyzer.js';
import { buildReportData } from './build-data.js';
import { renderHealthSection } from './health-section.js';
import { renderPage } from './page.js';

export const htmlReporter: Reporter = {
  id: 'html',
  extension: 'html',
  machine: false,
  render: (result, { lang }) =>
    renderPage(
      buildReportData(result, lang),
      lang,
      { root: result.root, version: result.tool.version, startedAt: result.startedAt },
      renderHealthSection(result.health, lang),
    ),
};
