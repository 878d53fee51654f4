// `steward licenses` and `steward notice` end to end through the built CLI, over a small tree
// assembled at test time from SPDX texts and the Mulan fixtures.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const full = require('spdx-license-list/full') as Record<string, { licenseText: string }>;
const bin = new URL('../../../bin/steward.js', import.meta.url).pathname;
const mulan = (name: string) =>
  new URL(`../../licenses/__fixtures__/mulan/${name}`, import.meta.url).pathname;

async function steward(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], {
      env: { ...process.env, NO_COLOR: '1' },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'steward-licenses-'));
  const put = (rel: string, text: string) => {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), text);
  };
  put('package.json', JSON.stringify({ name: 'app', version: '1.0.0', license: 'MulanPSL-2.0' }, null, 2));
  put('LICENSE', full['MulanPSL-2.0']!.licenseText);
  put('src/index.ts', '// SPDX-License-Identifier: MulanPSL-2.0\nexport const x = 1;\n');
  put(
    'node_modules/left/package.json',
    JSON.stringify({ name: 'left', version: '2.0.0', license: 'MIT' }, null, 2),
  );
  put('node_modules/left/LICENSE', `Copyright (c) 2021 Left Authors\n\n${full['MIT']!.licenseText}`);
  put(
    'node_modules/wrong/package.json',
    JSON.stringify({ name: 'wrong', version: '0.1.0', license: 'MIT' }, null, 2),
  );
  put('node_modules/wrong/LICENSE', full['Apache-2.0']!.licenseText);
  mkdirSync(join(root, 'node_modules/pub'), { recursive: true });
  put(
    'node_modules/pub/package.json',
    JSON.stringify({ name: 'pub', version: '3.0.0', license: 'Mulan PubL v2' }, null, 2),
  );
  copyFileSync(mulan('publ2-gb18030.txt'), join(root, 'node_modules/pub/LICENSE'));
  put('docs/guide.md', 'Some documentation.\n');
  put(
    'REUSE.toml',
    'version = 1\n\n[[annotations]]\npath = "docs/**"\nSPDX-License-Identifier = "CC-BY-4.0"\n',
  );
  put('assets/logo.png', '\u0000PNG binary');
});

describe('steward licenses', () => {
  it('prints files, detections and per-package verdicts as JSON', async () => {
    const { code, stdout } = await steward(['licenses', root, '--format', 'json']);
    const report = JSON.parse(stdout);
    const file = (p: string) => report.files.find((f: { path: string }) => f.path === p);
    expect(file('LICENSE')).toMatchObject({
      expression: 'MulanPSL-2.0',
      detections: [{ kind: 'text', variant: 'bilingual', startLine: 1 }],
    });
    expect(file('src/index.ts').detections[0]).toMatchObject({
      expression: 'MulanPSL-2.0',
      kind: 'tag',
      startLine: 1,
      endLine: 1,
      score: 100,
    });
    expect(file('node_modules/pub/LICENSE')).toMatchObject({
      expression: 'LicenseRef-MulanPubL-2.0',
      encoding: 'gb18030',
    });
    expect(file('docs/guide.md').detections[0]).toMatchObject({
      expression: 'CC-BY-4.0',
      kind: 'tag',
      source: 'REUSE.toml',
    });
    expect(file('assets/logo.png')).toBeUndefined();

    expect(report.outbound).toEqual({ expression: 'MulanPSL-2.0', from: 'manifest' });
    const verdict = (name: string) =>
      report.verdicts.find((v: { package: string }) => v.package.startsWith(name));
    expect(verdict('left@')).toMatchObject({ verdict: 'compatible' });
    expect(verdict('pub@')).toMatchObject({
      license: 'LicenseRef-MulanPubL-2.0',
      verdict: 'incompatible',
      reason: 'mulan-publ-only-agpl',
    });
    const wrong = report.packages.find((p: { name?: string }) => p.name === 'wrong');
    expect(wrong).toMatchObject({ declared: 'MIT', detected: 'Apache-2.0', agrees: false });
    expect(report.diagnostics.map((d: { code: string }) => d.code)).toContain('license/declared-mismatch');
    const publ = report.licenses.find((l: { id: string }) => l.id === 'LicenseRef-MulanPubL-2.0');
    expect(publ).toMatchObject({
      name: { en: 'Mulan Public License, Version 2', zh: '木兰公共许可证，第2版' },
      category: 'strong-copyleft',
      url: 'http://license.coscl.org.cn/MulanPubL-2.0',
      obligations: { sourceDisclosure: true, sameLicense: true, patentGrant: true },
    });
    expect(report.licenses.find((l: { id: string }) => l.id === 'MulanPSL-2.0')).toMatchObject({
      osiApproved: true,
      category: 'permissive',
      name: { zh: '木兰宽松许可证，第2版' },
    });
    expect(code).toBe(1);
  });

  it('takes the outbound license from --outbound and explains verdicts in Chinese', async () => {
    const { stdout } = await steward([
      'licenses',
      root,
      '--outbound',
      'AGPL-3.0-or-later',
      '--lang',
      'zh-CN',
    ]);
    expect(stdout).toContain('对外许可证：AGPL-3.0-or-later');
    expect(stdout).toContain('木兰公共许可证第2版允许在 AGPL-3.0 或其后续版本下结合');
  });

  it('refuses an outbound license it cannot read', async () => {
    const { code, stderr } = await steward(['licenses', root, '--outbound', 'my own terms']);
    expect(code).toBe(2);
    expect(stderr).toContain('--outbound');
  });

  it('writes an attribution file with license texts and copyright lines', async () => {
    const out = join(root, 'NOTICE.html');
    const { code } = await steward(['notice', root, '--format', 'html', '-o', out]);
    expect(code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<h2>left 2.0.0</h2>');
    expect(html).toContain('Copyright (c) 2021 Left Authors');
    expect(html).toContain('木兰公共许可证');
    const { stdout } = await steward(['notice', root]);
    expect(stdout).toContain('License: LicenseRef-MulanPubL-2.0');
  });
});
