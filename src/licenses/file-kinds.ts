// Which files can hold a license and how much of them to read. License files are read whole (up to
// a limit); metadata files for their license field; other text files only in their head, where
// notices and tags live. Decided from the path alone, before any I/O.

export type FileKind = 'license' | 'metadata' | 'source' | 'skip';

/** Bytes read from a license file; larger files are scanned up to here and marked truncated. */
export const MAX_LICENSE_BYTES = 1024 * 1024;
/** Bytes read from the head of other files. */
export const MAX_HEAD_BYTES = 32 * 1024;

/** Stems (name before the first dot) of files that hold license texts. */
const LICENSE_STEM =
  /^((un)?licen[cs]es?([-_][\w-]*)?|copying([-_][\w-]*)?|copyright|notice|legal|patents|third[-_]?party[-_]?(notices|licen[cs]es)|mit-license|(apache|gpl|lgpl|agpl|bsd|mit|mpl|epl)([-_]?[\d.]+)?)$/i;

/** Extensions of code and data files: `license.js` or `copyright.json` is code, not a license text. */
const CODE_EXT =
  /(^|\.)(js|mjs|cjs|ts|mts|cts|tsx|jsx|map|json|py|go|rs|java|kt|c|h|cc|cpp|hpp|cs|rb|php|swift|vue|svelte|yml|yaml|xml|toml|css|scss|sh)$/i;

const METADATA = new Set([
  'package.json',
  'composer.json',
  'cargo.toml',
  'pyproject.toml',
  'setup.cfg',
  'pom.xml',
  'oh-package.json5',
  'bower.json',
]);

/** Extensions that never hold license text worth reading (binary or generated data). */
const SKIP_EXT = new Set([
  'png',
  'jpg',
  'jpeg',
  'gif',
  'ico',
  'webp',
  'bmp',
  'svgz',
  'woff',
  'woff2',
  'ttf',
  'otf',
  'eot',
  'zip',
  'gz',
  'tgz',
  'bz2',
  'xz',
  'zst',
  '7z',
  'rar',
  'jar',
  'war',
  'whl',
  'exe',
  'dll',
  'so',
  'dylib',
  'a',
  'o',
  'obj',
  'class',
  'pyc',
  'wasm',
  'node',
  'pdf',
  'mp3',
  'mp4',
  'avi',
  'mov',
  'wav',
  'ogg',
  'map',
  'lock',
  'snap',
  'tsbuildinfo',
  'db',
  'sqlite',
  'bin',
  'dat',
  'pak',
  'icns',
]);

export function fileKind(path: string): FileKind {
  const slash = path.lastIndexOf('/');
  const name = path.slice(slash + 1);
  const lower = name.toLowerCase();
  if (METADATA.has(lower)) return 'metadata';
  const dot = lower.lastIndexOf('.');
  if (dot > 0 && SKIP_EXT.has(lower.slice(dot + 1))) return 'skip';
  const first = name.indexOf('.');
  const stem = first > 0 ? name.slice(0, first) : name;
  const ext = first > 0 ? name.slice(first + 1) : '';
  if (CODE_EXT.test(ext)) return 'source';
  if (LICENSE_STEM.test(stem) || /(^|\/)licenses\//i.test(path)) return 'license';
  if (lower.endsWith('.license')) return 'license';
  return 'source';
}
