// Fetches the ohpm fixtures: real oh-package.json5 / oh-package-lock.json5 files from public
// OpenHarmony projects, each pinned to the commit it was taken from. The files are small and are
// kept byte for byte (no reduction). Run with network access: node generate.mjs
// The ZRouter fixture combines files from nearby commits of the same project (noted per file),
// because no single commit of that repository holds all of them together.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** [fixture path, GitHub repository, commit, path in the repository] */
export const SOURCES = [
  // lockfileVersion 3, transitive dependencies, a .tgz from the ohpm registry with shasum, a native local package.
  ['cloudrs/oh-package.json5', 'Cloudrs/Cloudrs-ohos', '34c05c6642bcf03fc08835c663a62e4e76706b8a', 'oh-package.json5'],
  ['cloudrs/oh-package-lock.json5', 'Cloudrs/Cloudrs-ohos', '34c05c6642bcf03fc08835c663a62e4e76706b8a', 'oh-package-lock.json5'],
  // lockfileVersion 1 (ohpm 1.x): entries carry only resolved and integrity.
  ['ohos-test-app/oh-package.json5', '1823616178/ohosTestApp', '12b5aa164efc5edd8ca382accc5418385db02db8', 'oh-package.json5'],
  ['ohos-test-app/oh-package-lock.json5', '1823616178/ohosTestApp', '12b5aa164efc5edd8ca382accc5418385db02db8', 'oh-package-lock.json5'],
  // A multi-module project: a lockfile per module, local (file:) modules aliased under other names.
  ['zrouter/oh-package.json5', '751496032/ZRouter', '114942d400072486a6813f950276b229abb58e8e', 'oh-package.json5'],
  ['zrouter/oh-package-lock.json5', '751496032/ZRouter', '114942d400072486a6813f950276b229abb58e8e', 'oh-package-lock.json5'],
  ['zrouter/entry/oh-package.json5', '751496032/ZRouter', '5d631226056c5989d73e93ee5cfc96d523802a57', 'entry/oh-package.json5'],
  ['zrouter/entry/oh-package-lock.json5', '751496032/ZRouter', '157ed6fc06fcd591bea61b1915a1fcca9168facc', 'entry/oh-package-lock.json5'],
  ['zrouter/harA/oh-package-lock.json5', '751496032/ZRouter', '157ed6fc06fcd591bea61b1915a1fcca9168facc', 'harA/oh-package-lock.json5'],
];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [file, repo, commit, path] of SOURCES) {
    const url = `https://raw.githubusercontent.com/${repo}/${commit}/${path}`;
    const res = await fetch(url);
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    await mkdir(dirname(join(here, file)), { recursive: true });
    await writeFile(join(here, file), Buffer.from(await res.arrayBuffer()));
    console.log(`${file} <- ${repo}@${commit.slice(0, 10)}:${path}`);
  }
}
