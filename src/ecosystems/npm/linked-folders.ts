// lockfileVersion 1 writes `file:<folder>` where a linked folder's version would be. Its version
// (and license) live in the folder's own package.json, read here through the ExtractContext, as
// npm itself does when it installs such a lockfile.
import { FileError, type ExtractContext } from '../../core/plugin.js';
import type { FileFailure } from '../../core/status.js';
import { jsonErrorDetail, jsonErrorLine } from '../../util/json-error.js';
import { nameFromKey } from './node-modules-lookup.js';
import { fromLockDir } from './resolved-source.js';
import { isObject, licenseOf, type Lockfile } from './schema.js';

const TARBALL = /\.(?:tgz|tar\.gz|tar)$/i;

export async function fillLinkedFolders(
  lock: Lockfile,
  lockDir: string,
  ctx: ExtractContext,
  failures: FileFailure[],
): Promise<void> {
  for (const e of lock.entries.values()) {
    if (!e.legacy || e.version !== undefined || !e.resolved?.startsWith('file:')) continue;
    const folder = e.resolved.slice('file:'.length);
    if (TARBALL.test(folder)) continue;
    const file = fromLockDir(lockDir, `${folder}/package.json`);
    let manifest: unknown;
    let text: string | undefined;
    try {
      text = await ctx.readTextIfExists(file);
      if (text === undefined) continue;
      manifest = JSON.parse(text);
    } catch (err) {
      if (err instanceof FileError) failures.push(failureOf(err));
      else {
        const message = err instanceof Error ? err.message : String(err);
        failures.push({
          file,
          reason: 'parse-error',
          detail: jsonErrorDetail(message),
          line: jsonErrorLine(text ?? '', message),
        });
      }
      continue;
    }
    if (!isObject(manifest)) continue;
    if (typeof manifest.version === 'string') e.version = manifest.version;
    if (typeof manifest.name === 'string' && manifest.name !== nameFromKey(e.key)) e.name = manifest.name;
    e.license ??= licenseOf(manifest.license);
  }
}

export function failureOf(err: FileError): FileFailure {
  const f: FileFailure = { file: err.file, reason: err.reason };
  if (err.detail) f.detail = err.detail;
  if (err.line) f.line = err.line;
  return f;
}
