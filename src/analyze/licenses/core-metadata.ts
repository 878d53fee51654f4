// The license a Python distribution declares in its core metadata (a wheel's `.dist-info/METADATA`):
// `License-Expression` (PEP 639) first, else the free-text `License` field, read from the header
// block only. A `License` field that holds a whole license text is detected as one.
import { normaliseExpression } from '../../licenses/expression.js';
import { detectInText } from '../../licenses/detect-file.js';

export interface MetadataLicense {
  expression: string;
  line: number;
}

/** Header fields up to the first blank line; continuation lines (leading whitespace) are joined. */
function headers(text: string): { name: string; value: string; line: number }[] {
  const out: { name: string; value: string; line: number }[] = [];
  const lines = text.split('\n', 2000);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (line === '') break;
    const last = out[out.length - 1];
    if (/^[ \t]/.test(line)) {
      if (last) last.value += `\n${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon > 0)
      out.push({
        name: line.slice(0, colon).toLowerCase(),
        value: line.slice(colon + 1).trim(),
        line: i + 1,
      });
  }
  return out;
}

export function coreMetadataLicense(text: string): MetadataLicense | null {
  const fields = headers(text);
  const expr = fields.find((f) => f.name === 'license-expression');
  if (expr) {
    const { expression } = normaliseExpression(expr.value);
    if (expression) return { expression, line: expr.line };
  }
  const field = fields.find((f) => f.name === 'license');
  if (!field || !field.value || /^unknown$/i.test(field.value)) return null;
  if (field.value.length <= 200 && !field.value.includes('\n')) {
    const { expression } = normaliseExpression(field.value);
    return expression ? { expression, line: field.line } : null;
  }
  const found = detectInText('LICENSE', field.value, { kind: 'license' });
  return found.expression ? { expression: found.expression, line: field.line } : null;
}
