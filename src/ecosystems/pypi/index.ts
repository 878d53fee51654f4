// The Python ecosystem: one plugin per lock or requirements format. Lockfiles are read with the
// pyproject.toml beside them where the format does not say which dependencies are direct.
import type { EcosystemPlugin } from '../../core/plugin.js';
import { extractPdmLock, PDM_PLUGIN_ID } from './extract-pdm-lock.js';
import { extractPipfileLock, PIPFILE_PLUGIN_ID } from './extract-pipfile-lock.js';
import { extractPoetryLock, POETRY_PLUGIN_ID } from './extract-poetry-lock.js';
import { extractPylock, isPylockName, PYLOCK_PLUGIN_ID } from './extract-pylock.js';
import { extractRequirements, REQUIREMENTS_PLUGIN_ID } from './extract-requirements.js';
import { extractUvLock, UV_PLUGIN_ID } from './extract-uv-lock.js';

const SKIPPED_DIRS = new Set([
  'node_modules',
  '.venv',
  'venv',
  'site-packages',
  '.tox',
  '.nox',
  '__pypackages__',
]);
const inSkippedDir = (path: string) =>
  path
    .split('/')
    .slice(0, -1)
    .some((d) => SKIPPED_DIRS.has(d));
const named = (file: string) => (path: string) =>
  (path === file || path.endsWith(`/${file}`)) && !inSkippedDir(path);

export const uvLockPlugin: EcosystemPlugin = {
  id: UV_PLUGIN_ID,
  ecosystem: 'pypi',
  formats: ['uv.lock (version 1, any revision)'],
  claims: named('uv.lock'),
  extract: extractUvLock,
};

export const poetryLockPlugin: EcosystemPlugin = {
  id: POETRY_PLUGIN_ID,
  ecosystem: 'pypi',
  formats: ['poetry.lock (lock-version 1.x, 2.0, 2.1) with pyproject.toml'],
  claims: named('poetry.lock'),
  extract: extractPoetryLock,
};

/** requirements.txt, requirements-dev.txt, dev-requirements.txt, requirements/base.txt, ... */
export function isRequirementsFile(path: string): boolean {
  const parts = path.split('/');
  const name = parts.at(-1)!;
  if (!name.endsWith('.txt') || parts.slice(0, -1).some((d) => SKIPPED_DIRS.has(d))) return false;
  return (
    /^requirements([-_.].*)?\.txt$/i.test(name) ||
    /[-_]requirements\.txt$/i.test(name) ||
    parts.at(-2) === 'requirements'
  );
}

export const requirementsPlugin: EcosystemPlugin = {
  id: REQUIREMENTS_PLUGIN_ID,
  ecosystem: 'pypi',
  formats: [
    'pip requirements files (requirements*.txt, *-requirements.txt, requirements/*.txt) with -r/-c includes',
  ],
  claims: isRequirementsFile,
  extract: extractRequirements,
};

export const pipfileLockPlugin: EcosystemPlugin = {
  id: PIPFILE_PLUGIN_ID,
  ecosystem: 'pypi',
  formats: ['Pipfile.lock (pipfile-spec 6)'],
  claims: named('Pipfile.lock'),
  extract: extractPipfileLock,
};

export const pdmLockPlugin: EcosystemPlugin = {
  id: PDM_PLUGIN_ID,
  ecosystem: 'pypi',
  formats: ['pdm.lock (lock_version 4.x) with pyproject.toml'],
  claims: named('pdm.lock'),
  extract: extractPdmLock,
};

export const pylockPlugin: EcosystemPlugin = {
  id: PYLOCK_PLUGIN_ID,
  ecosystem: 'pypi',
  formats: ['pylock.toml and pylock.<name>.toml (PEP 751, lock-version 1.x)'],
  claims: (path) => isPylockName(path.split('/').at(-1)!) && !inSkippedDir(path),
  extract: extractPylock,
};
