#!/usr/bin/env node
// Regenerates the registry metadata used by the --network tests: the npm registry's abbreviated
// document for esbuild and rollup, cut down to the fields the lookup reads (optionalDependencies
// per version) and to the 0.x releases of esbuild before 0.16 and the 4.x releases of rollup
// before 4.31, so the files stay small.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const keep = { esbuild: (v) => /^0\.(1[0-5])\./.test(v), rollup: (v) => /^4\.([0-9]|[12][0-9]|30)\./.test(v) };
for (const [name, wanted] of Object.entries(keep)) {
  const res = await fetch(`https://registry.npmjs.org/${name}`, {
    headers: { accept: 'application/vnd.npm.install-v1+json' },
  });
  const doc = await res.json();
  const versions = {};
  for (const [v, meta] of Object.entries(doc.versions))
    if (wanted(v)) versions[v] = meta.optionalDependencies ? { optionalDependencies: meta.optionalDependencies } : {};
  writeFileSync(join(here, `registry-${name}.json`), `${JSON.stringify({ name, versions }, null, 1)}\n`);
}
