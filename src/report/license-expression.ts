// Turns a declared license string, as a package states it, into a valid SPDX license expression
// when it is one (fixing only the case of license identifiers, which SPDX matches
// case-insensitively), so SBOM reporters never write an invalid expression. Anything else is
// left to the caller to record as a plain name or comment.
import parse from 'spdx-expression-parse';
import spdxIds from 'spdx-license-list/simple.js';

const canonicalId = new Map<string, string>([...spdxIds].map((id) => [id.toLowerCase(), id]));

/** Re-cases known SPDX license identifiers; operators and unknown words are left alone. */
function fixIdCase(raw: string): string {
  return raw.replace(/[A-Za-z0-9][A-Za-z0-9.-]*/g, (word) => {
    if (word === 'AND' || word === 'OR' || word === 'WITH') return word;
    return canonicalId.get(word.toLowerCase()) ?? word;
  });
}

function parses(expression: string): parse.Info | undefined {
  try {
    return parse(expression);
  } catch {
    return undefined;
  }
}

function usesRefs(info: parse.Info): boolean {
  if ('conjunction' in info) return usesRefs(info.left) || usesRefs(info.right);
  return /^(LicenseRef-|DocumentRef-)/.test(info.license);
}

export interface ExpressionOptions {
  /** Accept LicenseRef-/DocumentRef- identifiers (not when the document cannot define them). */
  allowRefs?: boolean;
}

/** A valid SPDX expression equal to the declared license, or undefined when it is not one. */
export function spdxExpression(declared: string, options: ExpressionOptions = {}): string | undefined {
  const raw = declared.trim();
  if (!raw) return undefined;
  for (const candidate of raw === fixIdCase(raw) ? [raw] : [raw, fixIdCase(raw)]) {
    const info = parses(candidate);
    if (!info) continue;
    if (!options.allowRefs && usesRefs(info)) return undefined;
    return candidate;
  }
  return undefined;
}
