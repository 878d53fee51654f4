// ohpm's parameterised manifests (ohpm ≥ 1.6): the project-level oh-package.json5 names a
// `parameterFile`, and module manifests write `"@param:dependencies.libtest1"` instead of a
// version or range. Steward substitutes the values the same way before reading the manifest; a
// value that is a local path (relative to the parameter file) becomes a `file:` range.
import { posix } from 'node:path';
import type { ExtractContext } from '../../core/plugin.js';
import type { FileFailure } from '../../core/status.js';
import { isRecord, parseJson5 } from './json5-document.js';
import type { OhPackageManifest } from './schema.js';

export interface Parameters {
  file: string;
  values: Record<string, unknown>;
}

const PREFIX = '@param:';

/** The parameter file of the project holding `moduleDir`: the nearest ancestor manifest naming one. */
export async function findParameters(
  moduleDir: string,
  ctx: ExtractContext,
): Promise<Parameters | undefined> {
  for (let dir = moduleDir; ; dir = posix.dirname(dir)) {
    const manifest = dir === '.' ? 'oh-package.json5' : `${dir}/oh-package.json5`;
    const text = await ctx.readTextIfExists(manifest).catch(() => undefined);
    const raw =
      text === undefined
        ? undefined
        : (() => {
            try {
              return parseJson5(manifest, text);
            } catch {
              return undefined;
            }
          })();
    if (isRecord(raw) && typeof raw.parameterFile === 'string') {
      const file = posix.normalize(posix.join(dir, raw.parameterFile));
      const values = parseJson5(file, await ctx.readText(file));
      return { file, values: isRecord(values) ? values : {} };
    }
    if (dir === '.') return undefined;
  }
}

/** `@param:a.b` -> the value at key "a.b" or at path a -> b; undefined when absent. */
function lookup(values: Record<string, unknown>, key: string): unknown {
  if (key in values) return values[key];
  let at: unknown = values;
  for (const part of key.split('.')) {
    if (!isRecord(at) || !(part in at)) return undefined;
    at = at[part];
  }
  return at;
}

/** Replaces `@param:` references in the manifest; each one that cannot be resolved is reported. */
export function applyParameters(
  manifest: OhPackageManifest,
  manifestFile: string,
  manifestText: string,
  params: Parameters | undefined,
): FileFailure[] {
  const failures: FileFailure[] = [];
  const lines = manifestText.split('\n');
  const lineOf = (value: string) => {
    const i = lines.findIndex((l) => l.includes(value));
    return i < 0 ? undefined : i + 1;
  };
  const moduleDir = posix.dirname(manifestFile);
  const resolve = (value: string): string | undefined => {
    if (!value.startsWith(PREFIX)) return value;
    const found = params ? lookup(params.values, value.slice(PREFIX.length)) : undefined;
    if (typeof found !== 'string') {
      const why = params
        ? `not defined in ${params.file}`
        : 'no parameterFile in the project oh-package.json5';
      const line = lineOf(value);
      failures.push({
        file: manifestFile,
        ...(line ? { line } : {}),
        reason: 'parse-error',
        detail: `${value}: ${why}`,
      });
      return undefined;
    }
    if (/^(\.{1,2}\/|\/)/.test(found) && params) {
      const target = posix.normalize(posix.join(posix.dirname(params.file), found));
      return `file:${posix.relative(moduleDir, target) || '.'}`;
    }
    return found;
  };
  if (manifest.version !== undefined) {
    const v = resolve(manifest.version);
    if (v === undefined) delete manifest.version;
    else manifest.version = v;
  }
  for (const field of ['dependencies', 'devDependencies', 'dynamicDependencies'] as const)
    for (const [name, range] of Object.entries(manifest[field])) {
      const v = resolve(range);
      if (v === undefined) delete manifest[field][name];
      else manifest[field][name] = v;
    }
  return failures;
}
