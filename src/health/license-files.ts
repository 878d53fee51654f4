// Recognises the license of the committed license files with Steward's license engine, reading
// the blobs from git (so bare repositories work). Only the first few root license files are read,
// each up to a size limit: this answers "is there a recognised license", not a full license scan.
import { detectInText } from '../licenses/detect-file.js';
import { runGit } from './git-process.js';

const MAX_FILES = 3;
const MAX_BYTES = 512 * 1024;

export interface LicenseFileResult {
  path: string;
  expression: string | null;
}

export async function recogniseLicenseFiles(cwd: string, paths: string[]): Promise<LicenseFileResult[]> {
  const out: LicenseFileResult[] = [];
  for (const path of paths.filter((p) => !p.includes('/')).slice(0, MAX_FILES)) {
    const size = await runGit(cwd, ['cat-file', '-s', `HEAD:${path}`]);
    if (size.code !== 0 || Number(size.stdout.trim()) > MAX_BYTES) {
      out.push({ path, expression: null });
      continue;
    }
    const blob = await runGit(cwd, ['cat-file', 'blob', `HEAD:${path}`]);
    out.push({ path, expression: blob.code === 0 ? detectInText(path, blob.stdout).expression : null });
  }
  return out;
}
