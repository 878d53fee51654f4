// Validation in slices must accept exactly what whole-document validation accepts: a large valid
// BOM passes, an invalid component far into the list is still caught, and duplicates (which only
// whole-document `uniqueItems` sees) are still refused.
import { describe, expect, it } from 'vitest';
import { ReportError } from '../../core/analyzer.js';
import { validateCycloneDx } from './render-bom.js';

function bom(n: number, tweak?: (c: Record<string, unknown>, i: number) => void): string {
  const components = Array.from({ length: n }, (_, i) => {
    const c: Record<string, unknown> = {
      type: 'library',
      'bom-ref': `pkg:npm/p${i}@1.0.0`,
      name: `p${i}`,
      version: '1.0.0',
      purl: `pkg:npm/p${i}@1.0.0`,
      hashes: [{ alg: 'SHA-256', content: 'ab'.repeat(32) }],
    };
    tweak?.(c, i);
    return c;
  });
  const dependencies = components.map((c, i) => ({
    ref: c['bom-ref'],
    dependsOn: i + 1 < n ? [components[i + 1]!['bom-ref']] : [],
  }));
  return JSON.stringify({
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    version: 1,
    metadata: { timestamp: '2026-11-23T00:00:00Z' },
    components,
    dependencies,
  });
}

describe('CycloneDX validation of large documents', () => {
  it('accepts a valid document of 1,000 components', async () => {
    await expect(validateCycloneDx(bom(1000), '1.6')).resolves.toBeUndefined();
  });

  it('refuses an invalid component in a late slice', async () => {
    const text = bom(1000, (c, i) => {
      if (i === 777) c.hashes = [{ alg: 'SHA-256', content: 'not-hex' }];
    });
    await expect(validateCycloneDx(text, '1.6')).rejects.toBeInstanceOf(ReportError);
  });

  it('refuses duplicate components, which only whole-document validation can see', async () => {
    const text = bom(600, (c, i) => {
      if (i === 599)
        Object.assign(c, { 'bom-ref': 'pkg:npm/p0@1.0.0', name: 'p0', purl: 'pkg:npm/p0@1.0.0' });
    });
    const doc = JSON.parse(text);
    doc.dependencies.pop();
    await expect(validateCycloneDx(JSON.stringify(doc), '1.6')).rejects.toBeInstanceOf(ReportError);
  });
});
