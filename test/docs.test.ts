// Docs are tested: the CLI reference is generated from the code and must be current; every exit
// code, registered ecosystem plugin and reporter must be documented.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cliDocs } from '../scripts/gen-cli-docs.js';
import { EXIT } from '../src/cli/exit-codes.js';
import { ECOSYSTEM_PLUGINS } from '../src/ecosystems/registry.js';
import { REPORTERS } from '../src/report/registry.js';

const read = (p: string) => readFileSync(new URL(`../${p}`, import.meta.url), 'utf8');

describe('documentation', () => {
  it('docs/cli.md is generated from the current command and option definitions', async () => {
    const expected = await cliDocs();
    if (process.env.STEWARD_UPDATE_DOCS) writeFileSync(new URL('../docs/cli.md', import.meta.url), expected);
    expect(read('docs/cli.md'), 'docs/cli.md is stale: run `npm run docs`').toBe(expected);
  });

  it('documents every exit code in docs/cli.md', () => {
    const doc = read('docs/cli.md');
    for (const code of Object.values(EXIT)) expect(doc).toMatch(new RegExp(`^\\| ${code} \\|`, 'm'));
  });

  it('lists every registered ecosystem plugin in the support matrix', () => {
    const doc = read('docs/support-matrix.md');
    for (const p of ECOSYSTEM_PLUGINS)
      expect(doc, `${p.id} missing from docs/support-matrix.md`).toContain(`\`${p.id}\``);
  });

  it('names every output format in the README', () => {
    const readme = read('README.md');
    for (const r of REPORTERS)
      expect(readme, `format ${r.id} missing from README.md`).toContain(`\`${r.id}\``);
  });
});
