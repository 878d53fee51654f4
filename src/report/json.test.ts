// The native JSON output: real scans validate against schemas/steward-result-1.0.schema.json,
// and the schema and docs/json-schema.md name exactly the fields the TypeScript types declare,
// so neither can drift from the code.
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAILURE_CODE } from '../core/codes.js';
import type { ScanResult } from '../core/result.js';
import { scan } from '../pipeline/scan.js';
import { scanFixture } from './__fixtures__/scan-fixture.js';
import { TEST_PLUGINS } from './__fixtures__/test-plugins.js';
import { render } from './render.js';

const read = (p: string) => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8');
type Schema = {
  properties: Record<string, unknown>;
  definitions: Record<string, { properties?: Record<string, unknown>; enum?: string[] }>;
};
const schema = JSON.parse(read('schemas/steward-result-1.0.schema.json')) as Schema;
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const validate = addFormats(new Ajv({ allErrors: true, allowUnionTypes: true })).compile(schema);

/** Top-level field names of an exported interface, read from the source file. */
function fieldsOf(file: string, name: string): string[] {
  const text = read(file);
  const start = text.search(new RegExp(`export interface ${name} (extends \\w+ )?\\{`));
  if (start < 0) throw new Error(`${name} not found in ${file}`);
  const body = text.slice(start, text.indexOf('\n}', start));
  return [...body.matchAll(/^ {2}(?:readonly )?(\w+)\??:/gm)].map((m) => m[1]!);
}

/** Report sections analyzers add by augmenting ScanSections (`declare module` blocks). */
function sectionFields(): string[] {
  const text = read('src/analyze/health/index.ts');
  const start = text.indexOf('interface ScanSections {');
  const body = text.slice(start, text.indexOf('\n  }', start));
  return [...body.matchAll(/^ {4}(\w+)\??:/gm)].map((m) => m[1]!);
}

function unionOf(file: string, name: string): string[] {
  const text = read(file);
  const start = text.indexOf(`export type ${name} =`);
  return [...text.slice(start, text.indexOf(';', start)).matchAll(/'([^']+)'/g)].map((m) => m[1]!);
}

async function jsonOf(result: ScanResult): Promise<unknown> {
  return JSON.parse(await render(result, 'json', { lang: 'en', color: false }));
}

describe('json output schema', () => {
  it('validates real scans, including unresolved and failed files', async () => {
    const broken = mkdtempSync(join(tmpdir(), 'steward-json-'));
    mkdirSync(join(broken, 'app'));
    writeFileSync(join(broken, 'app', 'package-lock.json'), '{ "packages": {\n  "": { broken\n');
    const results = [
      await scanFixture('workspace-npm'),
      await scanFixture('manifest-only'),
      await scan(broken, { plugins: TEST_PLUGINS }),
    ];
    expect(results[2]!.status.failures).toMatchObject([
      { file: 'app/package-lock.json', reason: 'parse-error' },
    ]);
    for (const result of results) {
      const json = await jsonOf(result);
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    }
    const tampered = (await jsonOf(results[0]!)) as { components: { scopes: string[] }[] };
    tampered.components[0]!.scopes = ['runtime'];
    expect(validate(tampered)).toBe(false);
  });

  const shapes: [string, string, string][] = [
    ['src/core/model.ts', 'Component', 'component'],
    ['src/core/model.ts', 'Project', 'project'],
    ['src/core/model.ts', 'Importer', 'importer'],
    ['src/core/model.ts', 'Relationship', 'relationship'],
    ['src/core/model.ts', 'WorkspaceUse', 'workspaceUse'],
    ['src/core/model.ts', 'Location', 'location'],
    ['src/core/model.ts', 'Hash', 'hash'],
    ['src/core/model.ts', 'ResolvedSource', 'source'],
    ['src/core/model.ts', 'Platform', 'platform'],
    ['src/core/diagnostics.ts', 'Diagnostic', 'diagnostic'],
    ['src/core/status.ts', 'ScanStatus', 'status'],
  ];

  it.each(shapes)('the schema has exactly the fields of %s %s', (file, name, def) => {
    expect(Object.keys(schema.definitions[def]!.properties!).sort()).toEqual(fieldsOf(file, name).sort());
  });

  it('the schema has exactly the top-level fields of ScanResult and the closed value lists', () => {
    expect(sectionFields()).toEqual(['health']);
    expect(Object.keys(schema.properties).sort()).toEqual(
      [...fieldsOf('src/core/result.ts', 'ScanResult'), ...sectionFields()].sort(),
    );
    expect(schema.definitions.ecosystem!.enum).toEqual(unionOf('src/core/model.ts', 'Ecosystem'));
    expect(schema.definitions.scope!.enum).toEqual(unionOf('src/core/model.ts', 'Scope'));
    expect(schema.definitions.failureReason!.enum!.sort()).toEqual(Object.keys(FAILURE_CODE).sort());
  });

  it('docs/json-schema.md documents every field', () => {
    const doc = read('docs/json-schema.md');
    const fields = new Set([
      ...fieldsOf('src/core/result.ts', 'ScanResult'),
      ...sectionFields(),
      ...shapes.flatMap(([file, name]) => fieldsOf(file, name)),
      ...fieldsOf('src/core/status.ts', 'FileFailure'),
    ]);
    expect(fields.size).toBeGreaterThan(40);
    for (const f of fields) expect(doc, `docs/json-schema.md does not mention \`${f}\``).toContain(f);
    for (const f of fieldsOf('src/core/model.ts', 'Component'))
      expect(doc, `component field ${f} missing from the components table`).toMatch(
        new RegExp(`^\\| \`${f}\` \\|`, 'm'),
      );
  });
});
