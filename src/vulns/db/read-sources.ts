// Reads OSV records from what users import: a directory tree, a zip (OSV's all.zip exports or an
// advisory repository archive) or one file, in JSON or YAML. Bad records are validated, skipped
// and counted with a reason; a corrupt archive or unreadable file is a FileError naming it.
import { stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import yauzl from 'yauzl';
import { parse as parseYaml } from 'yaml';
import { FileError } from '../../core/plugin.js';
import { decodeUtf8 } from '../../util/text-decode.js';
import { listDirUnder, readBytesUnder } from '../../util/fs.js';
import { parseOsvRecord, type OsvRecord } from '../osv-schema.js';

export interface InvalidRecord {
  file: string;
  id?: string;
  reason: string;
}

export interface ReadOutcome {
  records: OsvRecord[];
  invalid: InvalidRecord[];
  files: number;
}

const MAX_ARCHIVE_BYTES = 2 * 1024 * 1024 * 1024;
const isRecordFile = (name: string) => /\.(json|ya?ml)$/i.test(name);

/** Parses one file's text: a single record, or a JSON array of records. */
export function parseRecordText(text: string, file: string, into: ReadOutcome): void {
  let value: unknown;
  try {
    value = /\.ya?ml$/i.test(file) ? parseYaml(text) : JSON.parse(text);
  } catch (err) {
    into.invalid.push({
      file,
      reason: `not valid ${/\.ya?ml$/i.test(file) ? 'YAML' : 'JSON'}: ${(err as Error).message.split('\n')[0]}`,
    });
    return;
  }
  into.files++;
  for (const item of Array.isArray(value) ? value : [value]) {
    const parsed = parseOsvRecord(item);
    if (parsed.ok) into.records.push(parsed.record);
    else into.invalid.push({ file, reason: parsed.reason, ...(parsed.id ? { id: parsed.id } : {}) });
  }
}

/** Every record file inside zip bytes, as (name, bytes); ZIP64 archives included. */
function unzipRecordFiles(bytes: Uint8Array, onFile: (name: string, data: Buffer) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      { lazyEntries: true },
      (err, zip) => {
        if (err || !zip) return reject(err ?? new Error('cannot open'));
        zip.on('error', reject);
        zip.on('end', () => resolve());
        zip.on('entry', (entry: yauzl.Entry) => {
          if (entry.fileName.endsWith('/') || !isRecordFile(entry.fileName)) return zip.readEntry();
          zip.openReadStream(entry, (e, stream) => {
            if (e || !stream) return reject(e ?? new Error(`cannot read ${entry.fileName}`));
            const chunks: Buffer[] = [];
            stream.on('data', (c: Buffer) => chunks.push(c));
            stream.on('error', reject);
            stream.on('end', () => {
              onFile(entry.fileName, Buffer.concat(chunks));
              zip.readEntry();
            });
          });
        });
        zip.readEntry();
      },
    );
  });
}

/** Reads every record file inside zip bytes. Throws a FileError when the archive is corrupt. */
export async function readZip(bytes: Uint8Array, zipName: string, into: ReadOutcome): Promise<void> {
  try {
    await unzipRecordFiles(bytes, (name, data) => {
      const file = `${zipName}!${name}`;
      let text: string;
      try {
        text = decodeUtf8(data, file);
      } catch {
        into.invalid.push({ file, reason: 'not valid UTF-8' });
        return;
      }
      parseRecordText(text, file, into);
    });
  } catch (err) {
    throw new FileError('parse-error', zipName, `corrupt zip: ${(err as Error).message}`);
  }
}

async function readTree(root: string, rel: string, into: ReadOutcome): Promise<void> {
  for (const entry of await listDirUnder(root, rel)) {
    const child = rel === '.' ? entry.name : `${rel}/${entry.name}`;
    if (entry.kind === 'dir' && !entry.name.startsWith('.')) await readTree(root, child, into);
    else if (entry.kind === 'file') await readFile(root, child, into);
  }
}

async function readFile(root: string, rel: string, into: ReadOutcome): Promise<void> {
  if (/\.zip$/i.test(rel)) return readZip(await readBytesUnder(root, rel, MAX_ARCHIVE_BYTES), rel, into);
  if (!isRecordFile(rel)) return;
  const bytes = await readBytesUnder(root, rel);
  let text: string;
  try {
    text = decodeUtf8(bytes, rel);
  } catch {
    into.invalid.push({ file: rel, reason: 'not valid UTF-8' });
    return;
  }
  parseRecordText(text, rel, into);
}

/** Reads records from a directory, a zip or a single JSON/YAML file. */
export async function readOsvSource(path: string): Promise<ReadOutcome> {
  const into: ReadOutcome = { records: [], invalid: [], files: 0 };
  const st = await stat(path).catch(() => undefined);
  if (!st) throw new FileError('unreadable', path, 'no such file or directory');
  if (st.isDirectory()) await readTree(path, '.', into);
  else await readFile(dirname(path), basename(path), into);
  return into;
}
