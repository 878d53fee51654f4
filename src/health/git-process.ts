// Runs the `git` executable and streams its output as NUL-terminated tokens, so a history of any
// length is read with bounded memory. Never throws on a failing git: the exit status and stderr
// come back to the caller, which decides whether the results are partial.
import { spawn } from 'node:child_process';

export interface GitExit {
  code: number | null;
  stderr: string;
  /** Set when git could not be started at all (not installed, bad cwd). */
  spawnError?: string;
}

const BASE_ARGS = ['-c', 'log.showSignature=false', '-c', 'core.quotepath=off', '--no-pager'];
const MAX_STDERR = 8192;

function gitEnv(): NodeJS.ProcessEnv {
  // A predictable, non-interactive git: no prompts, no pager, untranslated messages.
  return { ...process.env, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', GIT_OPTIONAL_LOCKS: '0' };
}

/** Streams git's stdout split on NUL bytes; `onToken` receives each token as UTF-8 text. */
export function streamGitTokens(
  cwd: string,
  args: string[],
  onToken: (token: string) => void,
): Promise<GitExit> {
  return new Promise((resolve) => {
    const child = spawn('git', [...BASE_ARGS, ...args], {
      cwd,
      env: gitEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const decoder = new TextDecoder('utf-8');
    let pending: Buffer[] = [];
    let stderr = '';
    let spawnError: string | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      let start = 0;
      for (let nul = chunk.indexOf(0, start); nul !== -1; nul = chunk.indexOf(0, start)) {
        const part = chunk.subarray(start, nul);
        const bytes = pending.length ? Buffer.concat([...pending, part]) : part;
        pending = [];
        onToken(decoder.decode(bytes));
        start = nul + 1;
      }
      if (start < chunk.length) pending.push(chunk.subarray(start));
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < MAX_STDERR) stderr += chunk.toString('utf8');
    });
    child.on('error', (err) => {
      spawnError = (err as NodeJS.ErrnoException).code ?? err.message;
    });
    child.on('close', (code) => {
      if (pending.length) onToken(decoder.decode(Buffer.concat(pending)));
      const exit: GitExit = { code, stderr: stderr.trim() };
      if (spawnError) exit.spawnError = spawnError;
      resolve(exit);
    });
  });
}

/** Runs git for a small answer (rev-parse and the like) and returns its whole stdout. */
export async function runGit(cwd: string, args: string[]): Promise<GitExit & { stdout: string }> {
  const parts: string[] = [];
  const exit = await streamGitTokens(cwd, args, (t) => parts.push(t));
  return { ...exit, stdout: parts.join('\0') };
}
