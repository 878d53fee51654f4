// Builds the test repositories with the real git: dated commits by several identities, a
// .mailmap, tags, a pull-request merge, plus bare, shallow, corrupt and malformed variants.
// Tests compare Steward's figures with git's own answers on these repositories.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A real license file: semver's ISC license from node_modules. */
const ISC_TEXT = readFileSync(fileURLToPath(new URL('../../../node_modules/semver/LICENSE', import.meta.url)), 'utf8');

const ISOLATED: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  LC_ALL: 'C',
};

export function git(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): string {
  return execFileSync('git', args, { cwd, env: { ...ISOLATED, ...env }, encoding: 'utf8' });
}

interface Who {
  name: string;
  email: string;
}

function as(who: Who, date: string): NodeJS.ProcessEnv {
  return {
    GIT_AUTHOR_NAME: who.name,
    GIT_AUTHOR_EMAIL: who.email,
    GIT_AUTHOR_DATE: `${date}T12:00:00Z`,
    GIT_COMMITTER_NAME: who.name,
    GIT_COMMITTER_EMAIL: who.email,
    GIT_COMMITTER_DATE: `${date}T12:00:00Z`,
  };
}

function commit(dir: string, who: Who, date: string, message: string, files: Record<string, string> = {}): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '--allow-empty', '-m', message], as(who, date));
}

const ALICE_OLD = { name: 'alice', email: 'alice@gmail.com' };
const ALICE = { name: 'Alice Liddell', email: 'alice@corp.example' };
const BOB = { name: 'Bob', email: 'bob@gmail.com' };
const CHEN = { name: 'Chen Wei', email: 'chen@qq.com' };
const DANA = { name: 'Dana', email: 'dana@other.example' };
const ERIN = { name: 'Erin', email: 'erin@other.example' };

/** "Now" for the tests: the 90-day window is (2024-04-02, 2024-07-01]. */
export const NOW = Date.parse('2024-07-01T00:00:00Z');

export function tempRoot(): string {
  return mkdtempSync(join(tmpdir(), 'steward-health-'));
}

/** The main fixture: ten commits by five people (after .mailmap), three tags. */
export function makeProject(root: string): string {
  const dir = join(root, 'project');
  mkdirSync(dir);
  git(dir, ['init', '-q', '-b', 'main']);
  commit(dir, ALICE_OLD, '2023-01-10', 'Initial import', {
    LICENSE: ISC_TEXT,
    'README.md': '# demo\n',
    '.mailmap': 'Alice Liddell <alice@corp.example> <alice@gmail.com>\n',
  });
  commit(dir, BOB, '2023-02-01', 'Add a contribution guide\n\nSigned-off-by: Bob <bob@gmail.com>', {
    'CONTRIBUTING.md': 'Send patches.\n',
  });
  commit(dir, ALICE, '2023-03-01', 'Release 1.0', { 'package-lock.json': '{"lockfileVersion":3}\n' });
  git(dir, ['tag', 'v1.0.0']);
  commit(dir, CHEN, '2023-12-01', 'Add CI', { '.github/workflows/ci.yml': 'on: push\n' });
  commit(dir, DANA, '2024-01-15', 'Add a security policy', { 'SECURITY.md': 'Mail us.\n' });
  commit(dir, CHEN, '2024-05-01', 'Fix a typo', { 'README.md': '# demo!\n' });
  commit(dir, DANA, '2024-05-10', 'Ship a tool', { 'bin/tool.exe': 'MZ\0\0' });
  git(dir, ['checkout', '-q', '-b', 'feature']);
  commit(dir, BOB, '2024-05-20', 'Add a feature', { 'feature.txt': 'x\n' });
  git(dir, ['checkout', '-q', 'main']);
  git(dir, ['merge', '-q', '--no-ff', 'feature', '-m', 'Merge pull request #12 from bob/feature'], as(ALICE, '2024-06-01'));
  commit(dir, ERIN, '2024-06-10', 'Handle empty input (#13)', { 'fix.txt': 'y\n' });
  git(dir, ['tag', 'nightly']);
  git(dir, ['tag', '-a', '-m', 'Release 1.1.0', 'v1.1.0'], as(ALICE, '2024-06-15'));
  return dir;
}

/** Appends a hand-made commit with an empty email and an unparseable committer date. */
export function addMalformedCommit(dir: string): string {
  const tree = git(dir, ['rev-parse', 'HEAD^{tree}']).trim();
  const parent = git(dir, ['rev-parse', 'HEAD']).trim();
  const body = `tree ${tree}\nparent ${parent}\nauthor Nobody <> 1719000000 +0000\ncommitter Broken <broken@example.org> not-a-date\n\nMalformed\n`;
  const file = join(dir, '..', 'malformed-commit.txt');
  writeFileSync(file, body);
  const hash = git(dir, ['hash-object', '-t', 'commit', '--literally', '-w', file]).trim();
  git(dir, ['update-ref', 'refs/heads/main', hash]);
  return hash;
}
