#!/usr/bin/env node
// Policy evaluation and the SARIF and Markdown reports over a 10,000-component scan (issue 8:
// under 1 s together). The scan of the realistic npm fixture is repeated under new names to reach
// the size, with one in twenty components given a high-severity advisory so every rule has work.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

process.env.XDG_CACHE_HOME = mkdtempSync(join(tmpdir(), 'steward-bench-cache-'));
const load = (p) => import(new URL(`../dist/${p}`, import.meta.url).href);
const { scan } = await load('pipeline/scan.js');
const { evaluatePolicy } = await load('policy/evaluate.js');
const { presetPolicy } = await load('policy/load.js');
const { render } = await load('report/render.js');

const base = await scan(new URL('../src/ecosystems/npm/__fixtures__/realistic-v3', import.meta.url).pathname);
const components = [];
const diagnostics = [];
for (let i = 0; components.length < 10_000; i++)
  for (const c of base.components) {
    if (components.length >= 10_000) break;
    const purl = c.purl.replace('pkg:npm/', `pkg:npm/copy${i}-`);
    components.push({ ...c, name: `copy${i}-${c.name}`, purl });
    if (components.length % 20 === 0)
      diagnostics.push({
        code: 'vuln/affected',
        severity: 'error',
        params: { purl, id: `GHSA-bench-${components.length}`, rating: 'high', summary: '', fixed: '9.9.9' },
        component: purl,
        location: c.locations[0],
        data: { id: `GHSA-bench-${components.length}`, aliases: [], smallestFix: '9.9.9' },
      });
  }
const result = {
  ...base,
  components,
  diagnostics: [...base.diagnostics.filter((d) => d.code !== 'vuln/no-database'), ...diagnostics],
};
const policy = {
  ...presetPolicy('enterprise-distribution'),
  vulnerabilities: {
    severity: 'medium',
    ignore: [{ id: 'GHSA-bench-20', reason: 'bench', expires: '2020-01-01' }],
  },
};

const time = async (fn) => {
  const t0 = performance.now();
  const out = await fn();
  return [performance.now() - t0, out];
};
for (let round = 0; round < 3; round++) {
  const [evalMs, verdicts] = await time(() => evaluatePolicy(result, policy));
  const withPolicy = {
    ...result,
    diagnostics: [...result.diagnostics, ...verdicts.flatMap((v) => v.diagnostics)],
  };
  const [sarifMs, sarif] = await time(() => render(withPolicy, 'sarif', { lang: 'en', color: false }));
  const [mdMs, md] = await time(() => render(withPolicy, 'markdown', { lang: 'zh-CN', color: false }));
  const [htmlMs, html] = await time(() => render(withPolicy, 'html', { lang: 'en', color: false }));
  const total = evalMs + sarifMs + mdMs + htmlMs;
  console.log(
    `round ${round + 1}: ${components.length} components, ${withPolicy.diagnostics.length} diagnostics: ` +
      `policy ${evalMs.toFixed(0)} ms, sarif ${sarifMs.toFixed(0)} ms (${(sarif.length / 1e6).toFixed(1)} MB), ` +
      `markdown ${mdMs.toFixed(0)} ms (${(md.length / 1e3).toFixed(0)} kB), ` +
      `html ${htmlMs.toFixed(0)} ms (${(Buffer.byteLength(html) / 1e6).toFixed(2)} MB), total ${total.toFixed(0)} ms`,
  );
}
