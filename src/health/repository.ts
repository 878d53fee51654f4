// Finds the git repository behind a path (a work tree, a subdirectory, a bare repository or a
// .git directory) and what kind it is. A path that is not a repository is a RepositoryError the
// CLI maps to a usage error; nothing here prints.
import { realpath } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { runGit } from './git-process.js';

export interface RepositoryInfo {
  /** Directory git commands run in. */
  cwd: string;
  gitDir: string;
  bare: boolean;
  shallow: boolean;
  /** False for a repository with no commit on HEAD yet. */
  hasHead: boolean;
}

export class RepositoryError extends Error {
  constructor(
    readonly reason: 'not-found' | 'not-a-repository' | 'no-git',
    readonly path: string,
    readonly detail: string,
  ) {
    super(`${path}: ${reason}: ${detail}`);
    this.name = 'RepositoryError';
  }
}

export async function openRepository(path: string): Promise<RepositoryInfo> {
  const probe = await runGit(path, [
    'rev-parse',
    '--absolute-git-dir',
    '--is-bare-repository',
    '--is-shallow-repository',
    '--is-inside-git-dir',
  ]);
  if (probe.spawnError === 'ENOENT') {
    const which = await runGit('.', ['--version']);
    if (which.spawnError)
      throw new RepositoryError('no-git', path, 'the git executable was not found on PATH');
    throw new RepositoryError('not-found', path, 'no such directory');
  }
  if (probe.spawnError) throw new RepositoryError('not-found', path, probe.spawnError);
  if (probe.code !== 0)
    throw new RepositoryError(
      'not-a-repository',
      path,
      probe.stderr.split('\n')[0] ?? 'not a git repository',
    );
  const [gitDir = '', bare = '', shallow = '', insideGitDir = ''] = probe.stdout.trim().split('\n');
  // Given the .git directory of a work tree, run in the work tree: git reads .mailmap from there
  // (a bare repository reads HEAD:.mailmap instead).
  const cwd =
    bare !== 'true' && insideGitDir === 'true' && basename(gitDir) === '.git' ? dirname(gitDir) : path;
  const head = await runGit(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
  return {
    cwd,
    gitDir,
    bare: bare.trim() === 'true',
    shallow: shallow.trim() === 'true',
    hasHead: head.code === 0,
  };
}

/**
 * True when `path` is itself the top of a git work tree or a bare repository's directory — not a
 * folder somewhere inside one. `steward scan` reads health only then, so scanning a subfolder
 * (a fixture, a vendored library) does not report the enclosing repository's history.
 */
export async function isRepositoryTop(path: string): Promise<boolean> {
  const probe = await runGit(path, [
    'rev-parse',
    '--is-bare-repository',
    '--show-toplevel',
    '--absolute-git-dir',
  ]);
  if (probe.spawnError || probe.code !== 0) return false;
  const [bare = '', ...rest] = probe.stdout.trim().split('\n');
  const here = await realpath(path).catch(() => path);
  const same = async (p: string | undefined) => !!p && (await realpath(p).catch(() => p)) === here;
  // A bare repository prints no top level: the single remaining line is its git directory.
  return bare === 'true' ? same(rest[rest.length - 1]) : same(rest[0]);
}
