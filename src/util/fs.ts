// Safe, bounded file access under a scan root. Every plugin read goes through here so that size
// limits, binary and encoding checks, and path containment hold everywhere.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { lstat, open, readdir, realpath, stat, type FileHandle } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { FileError, type DirEntry } from '../core/plugin.js';
import { decodeUtf8 } from './text-decode.js';

export const DEFAULT_MAX_FILE_BYTES = 128 * 1024 * 1024;

export function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

/** Absolute path of a root-relative path; refuses paths that climb out of the root. */
export function resolveUnder(root: string, rel: string): string {
  const abs = join(root, rel);
  const back = relative(root, abs);
  if (back.startsWith('..') || isAbsolute(back))
    throw new FileError('unreadable', rel, 'path escapes the scan root');
  return abs;
}

function ioReason(err: unknown): { reason: 'unreadable' | 'not-a-file'; detail: string } {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EISDIR') return { reason: 'not-a-file', detail: 'is a directory' };
  if (code === 'ELOOP') return { reason: 'unreadable', detail: 'symbolic link loop' };
  return { reason: 'unreadable', detail: code ?? String(err) };
}

/** Opens a regular file under the root, hands its handle and size to `use`, maps I/O errors, closes it. */
async function withRegularFile<T>(
  root: string,
  rel: string,
  use: (handle: FileHandle, size: number) => Promise<T>,
): Promise<T> {
  let handle: FileHandle;
  try {
    handle = await open(resolveUnder(root, rel), 'r');
  } catch (err) {
    if (err instanceof FileError) throw err;
    const { reason, detail } = ioReason(err);
    throw new FileError(reason, rel, detail);
  }
  try {
    const st = await handle.stat();
    if (!st.isFile()) throw new FileError('not-a-file', rel, 'not a regular file');
    return await use(handle, st.size);
  } catch (err) {
    if (err instanceof FileError) throw err;
    const { reason, detail } = ioReason(err);
    throw new FileError(reason, rel, detail);
  } finally {
    await handle.close();
  }
}

/** The first `want` bytes (fewer if the file is shorter). */
async function readPrefix(handle: FileHandle, want: number): Promise<Uint8Array> {
  const buf = Buffer.allocUnsafe(want);
  let off = 0;
  while (off < want) {
    const { bytesRead } = await handle.read(buf, off, want - off, off);
    if (bytesRead === 0) break;
    off += bytesRead;
  }
  return buf.subarray(0, off);
}

export async function readBytesUnder(
  root: string,
  rel: string,
  maxBytes = DEFAULT_MAX_FILE_BYTES,
): Promise<Uint8Array> {
  return withRegularFile(root, rel, (handle, size) => {
    if (size > maxBytes)
      throw new FileError('too-large', rel, `${size} bytes exceeds the limit of ${maxBytes} bytes`);
    return readPrefix(handle, size);
  });
}

export async function readTextUnder(root: string, rel: string, maxBytes?: number): Promise<string> {
  let text = decodeUtf8(await readBytesUnder(root, rel, maxBytes), rel);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text;
}

export async function existsUnder(root: string, rel: string): Promise<boolean> {
  try {
    return (await stat(resolveUnder(root, rel))).isFile();
  } catch {
    return false;
  }
}

export async function listDirUnder(root: string, rel: string): Promise<DirEntry[]> {
  try {
    const entries = await readdir(resolveUnder(root, rel), { withFileTypes: true });
    return entries.map((e) => ({
      name: e.name,
      kind: e.isFile() ? 'file' : e.isDirectory() ? 'dir' : e.isSymbolicLink() ? 'symlink' : 'other',
    }));
  } catch (err) {
    const { detail } = ioReason(err);
    throw new FileError('unreadable', rel, detail);
  }
}

export async function realPathUnder(root: string, rel: string): Promise<string | undefined> {
  try {
    const rootReal = await realpath(root);
    const real = await realpath(resolveUnder(root, rel));
    const back = relative(rootReal, real);
    if (back.startsWith('..') || isAbsolute(back)) return undefined;
    return toPosix(back) || '.';
  } catch {
    return undefined;
  }
}

export async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

export async function lstatSafe(path: string) {
  try {
    return await lstat(path);
  } catch {
    return undefined;
  }
}

/**
 * The first `maxBytes` bytes of a file under the root, and whether the file was longer. For
 * scanners that read only the head of large files (license detection) instead of refusing them.
 */
export async function readHeadUnder(
  root: string,
  rel: string,
  maxBytes: number,
): Promise<{ bytes: Uint8Array; size: number; truncated: boolean }> {
  return withRegularFile(root, rel, async (handle, size) => ({
    bytes: await readPrefix(handle, Math.min(size, maxBytes)),
    size,
    truncated: size > maxBytes,
  }));
}

/**
 * Synchronous variant of readHeadUnder, for scanners that read many small files in a row: one
 * open/fstat/read/close without the thread-pool round trips of the promise API.
 */
export function readHeadUnderSync(
  root: string,
  rel: string,
  maxBytes: number,
): { bytes: Uint8Array; size: number; truncated: boolean } {
  const file = openRangeUnderSync(root, rel);
  try {
    return { bytes: file.read(0, maxBytes), size: file.size, truncated: file.size > maxBytes };
  } catch (err) {
    const { reason, detail } = ioReason(err);
    throw new FileError(reason, rel, detail);
  } finally {
    file.close();
  }
}

/** Random access to a few small ranges of a file, without reading it whole. Close it when done. */
export interface RangeReader {
  readonly size: number;
  read(offset: number, length: number): Uint8Array;
  close(): void;
}

/**
 * Opens a file under the root for bounded reads at offsets (binary headers, zip directories).
 * Synchronous: header readers make a handful of small reads per file across many files.
 */
export function openRangeUnderSync(root: string, rel: string): RangeReader {
  const abs = resolveUnder(root, rel);
  let fd: number;
  try {
    fd = openSync(abs, 'r');
  } catch (err) {
    const { reason, detail } = ioReason(err);
    throw new FileError(reason, rel, detail);
  }
  const st = fstatSync(fd);
  if (!st.isFile()) {
    closeSync(fd);
    throw new FileError('not-a-file', rel, 'not a regular file');
  }
  return {
    size: st.size,
    read(offset, length) {
      const want = Math.max(0, Math.min(length, st.size - offset));
      const buf = Buffer.allocUnsafe(want);
      let off = 0;
      while (off < want) {
        const n = readSync(fd, buf, off, want - off, offset + off);
        if (n === 0) break;
        off += n;
      }
      return buf.subarray(0, off);
    },
    close: () => closeSync(fd),
  };
}
