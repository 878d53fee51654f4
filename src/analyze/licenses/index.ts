// The license analyzer inside `steward scan`: normalises every component's declared license into an
// SPDX expression and reports declared licenses that are not SPDX or not recognisable. Cheap on
// purpose — no file is read; the tree-wide text scan is `steward licenses`.
import type { Analyzer } from '../../core/analyzer.js';
import { diagnostic, type Diagnostic } from '../../core/diagnostics.js';
import { normaliseExpression } from '../../licenses/expression.js';

export const licensesAnalyzer: Analyzer = {
  id: 'licenses',
  async analyze({ inventory }) {
    const out: Diagnostic[] = [];
    const seen = new Map<string, ReturnType<typeof normaliseExpression>>();
    for (const c of inventory.components) {
      const declared = c.declaredLicense?.trim();
      if (!declared) continue;
      let result = seen.get(declared);
      if (!result) seen.set(declared, (result = normaliseExpression(declared)));
      if (result.exact) continue;
      const location = c.locations[0];
      const extra = { component: c.purl, ...(location ? { location } : {}) };
      const label = c.version ? `${c.name}@${c.version}` : c.name;
      if (result.expression)
        out.push(
          diagnostic(
            'license/not-spdx',
            { component: label, declared, expression: result.expression },
            {
              ...extra,
              data: { declared, expression: result.expression },
            },
          ),
        );
      else
        out.push(
          diagnostic(
            'license/unrecognised',
            { component: label, declared },
            { ...extra, data: { declared } },
          ),
        );
    }
    return out;
  },
};
