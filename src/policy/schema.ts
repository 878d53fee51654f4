// JSON Schema of steward.yaml, version 1. The validator compiles it with Ajv; the copy in
// schemas/steward-policy-1.schema.json is for editors and is checked against this one by a test.
const action = { enum: ['fail', 'warn', 'off'] };
const strings = { type: 'array', items: { type: 'string', minLength: 1 } };
const ignoreList = {
  type: 'array',
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'reason'],
    properties: {
      id: { type: 'string', minLength: 1 },
      reason: { type: 'string', minLength: 1 },
      expires: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    },
  },
};

export const POLICY_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://steward.dev/schemas/steward-policy-1.schema.json',
  title: 'Steward policy (steward.yaml), version 1',
  type: 'object',
  additionalProperties: false,
  properties: {
    version: { const: 1 },
    extends: { oneOf: [{ type: 'string', minLength: 1 }, strings] },
    // The top-level form `steward audit --config` reads; the same as vulnerabilities.ignore.
    ignore: ignoreList,
    licenses: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allow: strings,
        deny: strings,
        'copyleft-dev-only': { type: 'boolean' },
        unknown: action,
        outbound: { type: 'string', minLength: 1 },
      },
    },
    vulnerabilities: {
      type: 'object',
      additionalProperties: false,
      properties: {
        severity: { enum: ['low', 'medium', 'high', 'critical'] },
        'only-fixed': { type: 'boolean' },
        'grace-days': { type: 'integer', minimum: 0 },
        ignore: ignoreList,
      },
    },
    architecture: {
      type: 'object',
      additionalProperties: false,
      properties: { targets: strings },
    },
    inventory: {
      type: 'object',
      additionalProperties: false,
      properties: {
        unpinned: action,
        'missing-integrity': action,
        'sha1-integrity': action,
        'git-sources': action,
        'tarball-sources': action,
        registries: strings,
      },
    },
    health: {
      type: 'object',
      additionalProperties: false,
      properties: {
        'minimum-stage': { enum: ['sandbox', 'incubating', 'graduated'] },
        'bus-factor': { type: 'integer', minimum: 1 },
      },
    },
  },
} as const;
