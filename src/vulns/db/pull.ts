// Downloads OSV's per-ecosystem exports (`<mirror>/<ecosystem>/all.zip`) into the local database.
// Downloads resume from a `.part` file with an HTTP Range request, are checked against the size
// the server announced, and only a complete, readable zip replaces the ecosystem — atomically —
// so an interrupted or corrupt download leaves the previous database usable.
import { mkdir, open, rm, stat, writeFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FileError } from '../../core/plugin.js';
import { baseEcosystem } from '../../versions/registry.js';
import { mergeRecords } from './import.js';
import { readZip, type InvalidRecord, type ReadOutcome } from './read-sources.js';
import { ecosystemFile } from './store.js';

export const DEFAULT_MIRROR = 'https://osv-vulnerabilities.storage.googleapis.com';

/** Language ecosystems pulled when none is named; OS distributions must be asked for. */
export const DEFAULT_PULL_ECOSYSTEMS = [
  'npm',
  'PyPI',
  'Go',
  'Maven',
  'crates.io',
  'RubyGems',
  'Packagist',
  'NuGet',
];

export interface PullOutcome {
  ecosystem: string;
  url: string;
  bytes: number;
  resumed: boolean;
  records: number;
  added: number;
  updated: number;
  withdrawn: number;
  invalid: InvalidRecord[];
}

export class DownloadError extends Error {
  constructor(
    readonly url: string,
    readonly detail: string,
  ) {
    super(`${url}: ${detail}`);
    this.name = 'DownloadError';
  }
}

export function exportUrl(mirror: string, ecosystem: string): string {
  return `${mirror.replace(/\/+$/, '')}/${encodeURIComponent(ecosystem)}/all.zip`;
}

interface PartInfo {
  url: string;
  etag?: string;
  total?: number;
}

async function readPartInfo(file: string): Promise<PartInfo | null> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as PartInfo;
  } catch {
    return null;
  }
}

/** Downloads `url` to `part`, resuming a previous partial download of the same URL. */
async function download(url: string, part: string): Promise<{ bytes: number; resumed: boolean }> {
  const infoFile = `${part}.json`;
  const info = await readPartInfo(infoFile);
  const have = info?.url === url ? ((await stat(part).catch(() => undefined))?.size ?? 0) : 0;
  const headers: Record<string, string> = {};
  if (have > 0) {
    headers.range = `bytes=${have}-`;
    if (info?.etag) headers['if-range'] = info.etag;
  }
  let res: Response;
  try {
    res = await fetch(url, { headers });
  } catch (err) {
    throw new DownloadError(
      url,
      (err as Error).cause ? String((err as Error).cause) : (err as Error).message,
    );
  }
  if (res.status === 416 && info?.total === have) return { bytes: have, resumed: true };
  if (res.status !== 200 && res.status !== 206) throw new DownloadError(url, `HTTP ${res.status}`);
  const resumed = res.status === 206;
  const range = /\/(\d+)$/.exec(res.headers.get('content-range') ?? '');
  const length = Number(res.headers.get('content-length') ?? NaN);
  const total = resumed ? Number(range?.[1] ?? NaN) : length;
  const etag = res.headers.get('etag') ?? undefined;
  await writeFile(
    infoFile,
    JSON.stringify({ url, ...(etag ? { etag } : {}), ...(Number.isFinite(total) ? { total } : {}) }),
  );
  const handle = await open(part, resumed ? 'a' : 'w');
  let written = resumed ? have : 0;
  try {
    if (res.body)
      for await (const chunk of res.body) written += (await handle.write(chunk as Uint8Array)).bytesWritten;
  } catch (err) {
    throw new DownloadError(
      url,
      `interrupted after ${written} bytes (${(err as Error).message}); run again to resume`,
    );
  } finally {
    await handle.close();
  }
  if (Number.isFinite(total) && written !== total)
    throw new DownloadError(url, `size mismatch: got ${written} of ${total} bytes; run again to resume`);
  return { bytes: written, resumed };
}

export async function pullEcosystem(
  dir: string,
  ecosystem: string,
  mirror = DEFAULT_MIRROR,
): Promise<PullOutcome> {
  const url = exportUrl(mirror, ecosystem);
  const downloads = join(dir, 'downloads');
  await mkdir(downloads, { recursive: true });
  const part = join(downloads, `${ecosystemFile(ecosystem)}.zip.part`);
  const { bytes, resumed } = await download(url, part);
  const read: ReadOutcome = { records: [], invalid: [], files: 0 };
  try {
    await readZip(await readFile(part), url, read);
  } catch (err) {
    // A corrupt archive cannot be resumed into a good one: start afresh next time.
    await rm(part, { force: true });
    await rm(`${part}.json`, { force: true });
    if (err instanceof FileError) throw new DownloadError(url, err.detail ?? err.message);
    throw err;
  }
  const merged = await mergeRecords(dir, read.records, url, { replace: baseEcosystem(ecosystem) });
  await rm(part, { force: true });
  await rm(`${part}.json`, { force: true });
  return {
    ecosystem,
    url,
    bytes,
    resumed,
    records: read.records.length,
    added: merged.added,
    updated: merged.updated,
    withdrawn: merged.withdrawn,
    invalid: read.invalid,
  };
}
