// A bounded walk for native artefacts. Unlike discovery it enters installed dependency trees
// (node_modules, site-packages, vendor, target), because that is where binaries live. It reads the
// first 8 bytes of candidate files only, and headers of real binaries; it never follows symbolic
// links and stops at a file cap, noting what it left out.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FileError } from '../core/plugin.js';
import { openRangeUnderSync } from '../util/fs.js';
import { readBinary } from './binary/read-binary.js';
import { readZipNatives } from './binary/read-zip.js';
import { HeaderError } from './binary/source.js';
import { sniff, SNIFF_BYTES } from './binary/sniff.js';
import type { FoundBinary } from './types.js';

export interface NativeWalkOptions {
  exclude?: string[];
  maxFiles?: number;
  maxDepth?: number;
  /** Directories to leave out, e.g. those the scan's discovery excluded. */
  skipDir?: (path: string) => boolean;
}

export interface NativeWalk {
  binaries: FoundBinary[];
  /** Files whose names matter to the source checks (binding.gyp, go.mod, *.s, Dockerfile, …). */
  signals: string[];
  skipped: { path: string; detail: string }[];
  files: number;
  sniffed: number;
}

const NEVER = new Set(['.git', '.hg', '.svn']);
const BINARY_EXT = /\.(node|so(\.\d+)*|dll|exe|dylib|a|lib|pyd|jnilib|wasm|bin)$/i;
const ZIP_EXT = /\.(jar|war|ear|aar|whl|egg)$/i;
const TEXT_NAMES =
  /^(license|licence|readme|changelog|changes|authors|contributors|notice|copying|makefile|dockerfile|containerfile|procfile|gemfile|rakefile|jenkinsfile|vagrantfile|codeowners|owners|patents|version|history)(\.|$)/i;
const SIGNAL =
  /(^|\/)(binding\.gyp|go\.mod|Cargo\.toml|[Dd]ockerfile[^/]*|[Cc]ontainerfile[^/]*|[^/]*\.[Dd]ockerfile|[^/]*\.list|[^/]*\.repo|\.npmrc|pip\.conf|[^/]*\.s|[^/]*\.rs|[^/]*\.go|[^/]*\.dist-info\/WHEEL)$/;

export function walkNative(root: string, options: NativeWalkOptions = {}): NativeWalk {
  const exclude = new Set((options.exclude ?? []).map((e) => e.replace(/^\.\//, '').replace(/\/+$/, '')));
  const maxFiles = options.maxFiles ?? 1_000_000;
  const maxDepth = options.maxDepth ?? 48;
  const out: NativeWalk = { binaries: [], signals: [], skipped: [], files: 0, sniffed: 0 };
  const stack: { rel: string; depth: number }[] = [{ rel: '', depth: 0 }];
  while (stack.length) {
    const { rel, depth } = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(rel ? join(root, rel) : root, { withFileTypes: true });
    } catch (err) {
      out.skipped.push({
        path: rel || '.',
        detail: `directory unreadable (${(err as NodeJS.ErrnoException).code ?? err})`,
      });
      continue;
    }
    for (const e of entries) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (NEVER.has(e.name) || exclude.has(e.name) || exclude.has(path)) continue;
      if (e.isDirectory()) {
        if (options.skipDir?.(path)) continue;
        if (depth + 1 > maxDepth) out.skipped.push({ path, detail: `deeper than ${maxDepth} levels` });
        else stack.push({ rel: path, depth: depth + 1 });
        continue;
      }
      if (!e.isFile()) continue;
      if (++out.files > maxFiles) {
        out.skipped.push({
          path,
          detail: `file cap of ${maxFiles} reached; the rest of the tree was not examined`,
        });
        return out;
      }
      if (SIGNAL.test(path)) out.signals.push(path);
      if (ZIP_EXT.test(e.name)) examineZip(root, path, out);
      else if (BINARY_EXT.test(e.name) || (!e.name.includes('.') && !TEXT_NAMES.test(e.name)))
        examine(root, path, out);
    }
  }
  return out;
}

function examine(root: string, path: string, out: NativeWalk): void {
  let reader;
  try {
    reader = openRangeUnderSync(root, path);
  } catch (err) {
    out.skipped.push({ path, detail: err instanceof FileError ? (err.detail ?? err.reason) : String(err) });
    return;
  }
  try {
    if (reader.size < SNIFF_BYTES) return;
    out.sniffed++;
    const kind = sniff(reader.read(0, SNIFF_BYTES));
    if (!kind || kind === 'zip') return;
    const info = readBinary(reader, kind);
    if (info) out.binaries.push({ path, format: info.format, arch: info.arch, info, ...owner(path) });
  } catch (err) {
    if (!(err instanceof HeaderError)) throw err;
    out.skipped.push({ path, detail: err.message });
  } finally {
    reader.close();
  }
}

function examineZip(root: string, path: string, out: NativeWalk): void {
  let reader;
  try {
    reader = openRangeUnderSync(root, path);
  } catch (err) {
    out.skipped.push({ path, detail: err instanceof FileError ? (err.detail ?? err.reason) : String(err) });
    return;
  }
  try {
    out.sniffed++;
    for (const m of readZipNatives(reader)) {
      if (m.info)
        out.binaries.push({
          path,
          member: m.name,
          format: m.info.format,
          arch: m.info.arch,
          info: m.info,
          ...owner(path),
        });
      else out.skipped.push({ path: `${path}!/${m.name}`, detail: m.note ?? 'unreadable' });
    }
  } catch (err) {
    if (!(err instanceof HeaderError)) throw err;
    out.skipped.push({ path, detail: err.message });
  } finally {
    reader.close();
  }
}

/** The installed package holding a path: the last node_modules/<name> or site-/dist-packages/<dir>. */
export function owner(path: string): { owner?: string } {
  const parts = path.split('/');
  const nm = parts.lastIndexOf('node_modules');
  if (nm >= 0 && nm + 1 < parts.length - 1) {
    const first = parts[nm + 1]!;
    if (first.startsWith('@') && nm + 2 < parts.length - 1) return { owner: `${first}/${parts[nm + 2]}` };
    if (!first.startsWith('.') && !first.startsWith('@')) return { owner: first };
  }
  const sp = Math.max(parts.lastIndexOf('site-packages'), parts.lastIndexOf('dist-packages'));
  if (sp >= 0 && sp + 1 < parts.length - 1) return { owner: `pypi:${parts[sp + 1]}` };
  return {};
}
