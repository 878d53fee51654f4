// The local database: import from a directory, zip or file (JSON and YAML), incremental updates
// by `modified`, withdrawn records, and `pull` against a server started here on 127.0.0.1 that
// serves zips built here — including an interrupted download and a corrupt archive.
import { createServer, type Server } from 'node:http';
import { mkdtemp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchPurls } from '../match.js';
import { purlToOsv } from '../purl-to-osv.js';
import { importPath } from './import.js';
import { openDatabase } from './open.js';
import { DownloadError, pullEcosystem } from './pull.js';
import { readOsvSource } from './read-sources.js';
import { readMeta } from './store.js';

const osv = (id: string, name: string, fixed: string, extra: Record<string, unknown> = {}) => ({
  id,
  modified: '2024-01-01T00:00:00Z',
  affected: [
    {
      package: { ecosystem: 'npm', name },
      ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed }] }],
    },
  ],
  ...extra,
});

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'steward-db-'));
}

async function findings(db: string, purls: string[]): Promise<string[]> {
  const opened = await openDatabase(db);
  if (!opened) return [];
  await opened.load(purls.map((p) => purlToOsv(p)).filter((p) => p !== null));
  return matchPurls(purls, opened.source).findings.map((f) => `${f.purl} ${f.id}`);
}

describe('db import', () => {
  it('reads JSON and YAML from a directory, skipping and counting invalid records', async () => {
    const src = await tempDir();
    await mkdir(join(src, 'advisories', 'npm'), { recursive: true });
    await writeFile(
      join(src, 'advisories', 'npm', 'GHSA-1.json'),
      JSON.stringify(osv('GHSA-1', 'a', '1.0.1')),
    );
    await writeFile(
      join(src, 'advisories', 'npm', 'GHSA-2.yaml'),
      'id: GHSA-2\nmodified: 2024-01-01T00:00:00Z\naffected:\n  - package: {ecosystem: npm, name: b}\n    versions: ["2.0.0"]\n',
    );
    await writeFile(
      join(src, 'bad.json'),
      '{"id": "X", "modified": "2024-01-01T00:00:00Z", "affected": [{"package": {"ecosystem": "npm", "name": "c"}, "ranges": [{"type": "SEMVER", "events": [{"fixed": "1", "introduced": "0"}]}]}]}',
    );
    await writeFile(join(src, 'broken.json'), '{ not json');
    const db = await tempDir();
    const summary = await importPath(db, src);
    expect(summary.added).toBe(2);
    expect(summary.invalid.map((i) => i.file).sort()).toEqual(['bad.json', 'broken.json']);
    expect(await findings(db, ['pkg:npm/a@1.0.0', 'pkg:npm/b@2.0.0', 'pkg:npm/b@2.0.1'])).toEqual([
      'pkg:npm/a@1.0.0 GHSA-1',
      'pkg:npm/b@2.0.0 GHSA-2',
    ]);
  });

  it('imports a zip and a single file, updating only from newer records', async () => {
    const src = await tempDir();
    await writeFile(
      join(src, 'all.zip'),
      zipSync({ 'GHSA-1.json': strToU8(JSON.stringify(osv('GHSA-1', 'a', '1.0.1'))) }),
    );
    const db = await tempDir();
    await importPath(db, join(src, 'all.zip'));
    // A newer record moves the fix; an older copy afterwards must not move it back.
    await writeFile(
      join(src, 'new.json'),
      JSON.stringify(osv('GHSA-1', 'a', '2.0.0', { modified: '2024-06-01T00:00:00Z' })),
    );
    expect((await importPath(db, join(src, 'new.json'))).updated).toBe(1);
    await writeFile(join(src, 'old.json'), JSON.stringify(osv('GHSA-1', 'a', '1.0.1')));
    await importPath(db, join(src, 'old.json'));
    expect(await findings(db, ['pkg:npm/a@1.5.0'])).toEqual(['pkg:npm/a@1.5.0 GHSA-1']);
    // Withdrawn: kept in the store but no longer reported.
    await writeFile(
      join(src, 'gone.json'),
      JSON.stringify(
        osv('GHSA-1', 'a', '2.0.0', { modified: '2024-07-01T00:00:00Z', withdrawn: '2024-07-01T00:00:00Z' }),
      ),
    );
    expect((await importPath(db, join(src, 'gone.json'))).withdrawn).toBe(1);
    expect(await findings(db, ['pkg:npm/a@1.5.0'])).toEqual([]);
    expect((await readMeta(db))?.ecosystems.npm).toMatchObject({ records: 1, withdrawn: 1 });
  });

  it('reads every entry of a ZIP64 archive (more than 65,535 entries, like npm all.zip)', async () => {
    const src = await tempDir();
    const gz = await readFile(join(import.meta.dirname, '__fixtures__', 'zip64-66k.zip.gz'));
    await writeFile(join(src, 'all.zip'), gunzipSync(gz));
    const read = await readOsvSource(join(src, 'all.zip'));
    expect(read.files).toBe(66000);
    expect(read.records).toHaveLength(66000);
    expect(read.invalid).toEqual([]);
  });

  it('names a corrupt zip instead of crashing', async () => {
    const src = await tempDir();
    await writeFile(join(src, 'bad.zip'), 'PK\u0003\u0004 this is not really a zip');
    await expect(importPath(await tempDir(), join(src, 'bad.zip'))).rejects.toThrow(/bad\.zip.*corrupt zip/);
  });
});

describe('db store', () => {
  it('finds every package through the sorted index, the first, the last and none in between', async () => {
    const src = await tempDir();
    const names = ['@scope/a', 'a', 'a-b', 'b', 'zz', 'ünïcode', 'a.b'];
    await writeFile(join(src, 'all.json'), JSON.stringify(names.map((n, i) => osv(`GHSA-${i}`, n, '2.0.0'))));
    const db = await tempDir();
    await importPath(db, join(src, 'all.json'));
    const purls = ['pkg:npm/%40scope/a@1.0.0', 'pkg:npm/a@1.0.0', 'pkg:npm/a-b@1.0.0', 'pkg:npm/b@1.0.0'];
    purls.push('pkg:npm/zz@1.0.0', 'pkg:npm/%C3%BCn%C3%AFcode@1.0.0');
    purls.push('pkg:npm/a.b@1.0.0', 'pkg:npm/a-a@1.0.0', 'pkg:npm/zzz@1.0.0', 'pkg:npm/0@1.0.0');
    expect((await findings(db, purls)).sort()).toEqual(
      [
        'pkg:npm/%40scope/a@1.0.0 GHSA-0',
        'pkg:npm/a@1.0.0 GHSA-1',
        'pkg:npm/a-b@1.0.0 GHSA-2',
        'pkg:npm/b@1.0.0 GHSA-3',
        'pkg:npm/zz@1.0.0 GHSA-4',
        'pkg:npm/%C3%BCn%C3%AFcode@1.0.0 GHSA-5',
        'pkg:npm/a.b@1.0.0 GHSA-6',
      ].sort(),
    );
  });

  it('still reads a database written with the earlier JSON index, and replaces it on update', async () => {
    // Import one record, then put the index back in the form earlier versions wrote.
    const db = await tempDir();
    const src = await tempDir();
    await writeFile(join(src, 'old.json'), JSON.stringify(osv('GHSA-old', 'JSONStream', '2.1.4')));
    await importPath(db, join(src, 'old.json'));
    const sorted = join(db, 'ecosystems', 'npm.idx.tsv');
    const data = (await readFile(sorted, 'utf8')).split('\n')[0]!.split('\t')[1]!;
    const length = (await readFile(join(db, 'ecosystems', data))).length - 1;
    // Earlier versions kept npm names' case in keys; purls carry them in lower case.
    const keys = { 'npm\u0000JSONStream': [[0, length]] };
    await writeFile(join(db, 'ecosystems', 'npm.idx.json'), JSON.stringify({ format: 1, data, keys }));
    await rm(sorted);
    expect(await findings(db, ['pkg:npm/jsonstream@2.0.0'])).toEqual(['pkg:npm/jsonstream@2.0.0 GHSA-old']);
    await writeFile(join(src, 'new.json'), JSON.stringify(osv('GHSA-new', 'JSONStream', '3.0.0')));
    await importPath(db, join(src, 'new.json'));
    expect((await findings(db, ['pkg:npm/jsonstream@2.0.0'])).sort()).toEqual([
      'pkg:npm/jsonstream@2.0.0 GHSA-new',
      'pkg:npm/jsonstream@2.0.0 GHSA-old',
    ]);
    await expect(stat(join(db, 'ecosystems', 'npm.idx.json'))).rejects.toThrow();
  });
});

describe('db pull', () => {
  let server: Server;
  let base = '';
  const requests: { url: string; range?: string }[] = [];
  const files = new Map<string, Uint8Array>();
  let cutAfter = ''; // the .part file whose first saved bytes end the next response early

  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push({ url: req.url ?? '', ...(req.headers.range ? { range: req.headers.range } : {}) });
      const body = files.get(req.url ?? '');
      if (!body) return void res.writeHead(404).end();
      const m = /bytes=(\d+)-/.exec(req.headers.range ?? '');
      const start = m ? Number(m[1]) : 0;
      const headers: Record<string, string | number> = {
        'content-length': body.length - start,
        etag: '"v1"',
      };
      if (m) headers['content-range'] = `bytes ${start}-${body.length - 1}/${body.length}`;
      res.writeHead(m ? 206 : 200, headers);
      if (cutAfter) {
        // A connection dropped halfway: once the client has saved some of the half sent (so the
        // test does not depend on how fast a loaded machine drains the stream), close it.
        const part = cutAfter;
        cutAfter = '';
        res.write(body.subarray(start, start + Math.floor((body.length - start) / 2)));
        const poll = setInterval(() => {
          void stat(part)
            .then((st) => st.size > 0 && (clearInterval(poll), res.socket?.end()))
            .catch(() => undefined);
        }, 10);
        return;
      }
      res.end(body.subarray(start));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const addr = server.address();
    base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const bigZip = (fixed: string) => {
    const entries: Record<string, Uint8Array> = {};
    for (let i = 0; i < 300; i++)
      entries[`GHSA-${i}.json`] = strToU8(JSON.stringify(osv(`GHSA-${i}`, `pkg${i}`, fixed)));
    return zipSync(entries, { level: 0 });
  };

  it('downloads, resumes an interrupted download with a Range request, and imports', async () => {
    files.set('/npm/all.zip', bigZip('1.0.1'));
    const db = await tempDir();
    cutAfter = join(db, 'downloads', 'npm.json.zip.part');
    await expect(pullEcosystem(db, 'npm', base)).rejects.toBeInstanceOf(DownloadError);
    expect(await openDatabase(db)).toBeNull();
    const outcome = await pullEcosystem(db, 'npm', base);
    expect(outcome.resumed).toBe(true);
    expect(requests.at(-1)?.range).toMatch(/^bytes=\d+-$/);
    expect(outcome.records).toBe(300);
    expect(await findings(db, ['pkg:npm/pkg7@1.0.0'])).toEqual(['pkg:npm/pkg7@1.0.0 GHSA-7']);
  });

  it('keeps the previous database when the new export is corrupt or missing', async () => {
    const db = await tempDir();
    files.set('/npm/all.zip', bigZip('1.0.1'));
    await pullEcosystem(db, 'npm', base);
    files.set('/npm/all.zip', strToU8('PK\u0003\u0004 truncated garbage'));
    await expect(pullEcosystem(db, 'npm', base)).rejects.toThrow(/corrupt zip/);
    await expect(pullEcosystem(db, 'PyPI', base)).rejects.toThrow(/HTTP 404/);
    expect(await findings(db, ['pkg:npm/pkg7@1.0.0'])).toEqual(['pkg:npm/pkg7@1.0.0 GHSA-7']);
    await rm(db, { recursive: true, force: true });
  });

  it('replaces an ecosystem with the full export (records gone upstream disappear)', async () => {
    const db = await tempDir();
    files.set('/npm/all.zip', zipSync({ 'A.json': strToU8(JSON.stringify(osv('GHSA-A', 'a', '1.0.1'))) }));
    await pullEcosystem(db, 'npm', base);
    files.set('/npm/all.zip', zipSync({ 'B.json': strToU8(JSON.stringify(osv('GHSA-B', 'b', '1.0.1'))) }));
    await pullEcosystem(db, 'npm', base);
    expect(await findings(db, ['pkg:npm/a@1.0.0', 'pkg:npm/b@1.0.0'])).toEqual(['pkg:npm/b@1.0.0 GHSA-B']);
  });
});
