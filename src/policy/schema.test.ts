// The published JSON Schema of steward.yaml (for editors) is the one the validator uses, and the
// shipped presets satisfy it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRESETS } from './presets/index.js';
import { POLICY_SCHEMA } from './schema.js';
import { validatePolicyData } from './validate.js';

const published = new URL('../../schemas/steward-policy-1.schema.json', import.meta.url);

describe('policy schema', () => {
  it('schemas/steward-policy-1.schema.json matches the schema the validator compiles', () => {
    // Regenerate with node -e and JSON.stringify(POLICY_SCHEMA) from dist/policy/schema.js, then prettier.
    expect(JSON.parse(readFileSync(published, 'utf8'))).toEqual(POLICY_SCHEMA);
  });

  it.each(Object.keys(PRESETS))('preset %s is a valid policy', (name) => {
    expect(validatePolicyData(PRESETS[name])).toEqual([]);
  });
});
