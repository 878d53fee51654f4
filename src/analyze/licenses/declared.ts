// Declared licenses as the inventory holds them: each one normalised to an SPDX expression, with a
// note when it had to be corrected and a warning when it names nothing recognisable. Reads no file.
import { diagnostic, type Diagnostic } from '../../core/diagnostics.js';
import type { Component } from '../../core/model.js';
import { normaliseExpression, type NormalisedExpression } from '../../licenses/expression.js';

export const componentLabel = (c: Pick<Component, 'name' | 'version'>): string =>
  c.version ? `${c.name}@${c.version}` : c.name;

/** Normalises declared licenses once per distinct string. */
export class DeclaredLicenses {
  private readonly seen = new Map<string, NormalisedExpression>();

  normalise(declared: string): NormalisedExpression {
    let result = this.seen.get(declared);
    if (!result) this.seen.set(declared, (result = normaliseExpression(declared)));
    return result;
  }

  diagnose(components: Component[]): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const c of components) {
      const declared = c.declaredLicense?.trim();
      if (!declared) continue;
      const result = this.normalise(declared);
      if (result.exact) continue;
      const location = c.locations[0];
      const extra = { component: c.purl, ...(location ? { location } : {}) };
      const label = componentLabel(c);
      if (result.expression)
        out.push(
          diagnostic(
            'license/not-spdx',
            { component: label, declared, expression: result.expression },
            { ...extra, data: { declared, expression: result.expression } },
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
  }
}
