// Source-level signs of architecture-specific code, from the files the native walk noted: node-gyp
// addons, Go assembly, Go toolchains and cgo, Rust target_arch code, Dockerfiles tied to one
// architecture, configuration pointing at old-world LoongArch mirrors, and installed Python
// wheels' tags. Reads heads of text files only, each once, through util/fs.
import { posix } from 'node:path';
import { FileError } from '../core/plugin.js';
import { readHeadUnderSync } from '../util/fs.js';
import { DOCKERFILE, dockerSignals } from './docker-signals.js';
import { OLD_WORLD_MIRROR } from './facts.js';
import { installedWheels, recordPaths, type InstalledWheel } from './python-wheels.js';
import { goAssembly, goCgo, goToolchain } from './go-signals.js';
import { rustSignals } from './rust-signals.js';
import type { Target } from './targets.js';
import type { ArchFinding } from './types.js';
import { wheelFit } from './wheel-tags.js';
import { owner } from './walk-native.js';

const HEAD = 256 * 1024;
const MAX_TEXT_FILES = 5000;
const INSTALLED = /(^|\/)(node_modules|site-packages|dist-packages|target)\//;

export interface SignalResult {
  findings: ArchFinding[];
  /** node-gyp addons: owning npm package (or undefined for the project) and the binding.gyp path. */
  gyp: { owner?: string; file: string }[];
  /** Installed Python wheels (dist-info/WHEEL files). */
  wheels: InstalledWheel[];
  /** Paths owned by installed wheels built for another architecture (from their RECORD). */
  foreignWheelPaths: string[];
  skipped: { path: string; detail: string }[];
}

export function sourceSignals(root: string, files: string[], target: Target): SignalResult {
  const res: SignalResult = { findings: [], gyp: [], wheels: [], foreignWheelPaths: [], skipped: [] };
  let budget = MAX_TEXT_FILES;
  const seen = new Map<string, string | undefined>();
  const read = (file: string, quiet = false): string | undefined => {
    if (!seen.has(file)) seen.set(file, readOnce(file, quiet));
    return seen.get(file);
  };
  const readOnce = (file: string, quiet: boolean): string | undefined => {
    if (budget-- <= 0) {
      if (budget === -1)
        res.skipped.push({
          path: file,
          detail: `more than ${MAX_TEXT_FILES} source files; the rest were not read`,
        });
      return undefined;
    }
    try {
      return new TextDecoder().decode(readHeadUnderSync(root, file, HEAD).bytes);
    } catch (err) {
      if (!quiet)
        res.skipped.push({
          path: file,
          detail: err instanceof FileError ? (err.detail ?? err.reason) : String(err),
        });
      return undefined;
    }
  };
  const base = (f: string) => posix.basename(f);
  for (const f of files.filter((x) => base(x) === 'binding.gyp')) res.gyp.push({ file: f, ...owner(f) });
  res.wheels = installedWheels(
    files.filter((f) => f.endsWith('.dist-info/WHEEL')),
    read,
  );
  for (const w of res.wheels)
    if (wheelFit(w.tags, target) === 'foreign')
      res.foreignWheelPaths.push(...recordPaths(w.file, (f) => read(f, true)));
  const own = files.filter((f) => !INSTALLED.test(f));
  // Go assembly is judged wherever it is (vendor/ included): a vendored package fails the build too.
  res.findings.push(...goAssembly(files, read, target));
  for (const f of own.filter((x) => base(x) === 'go.mod'))
    res.findings.push(...goToolchain(f, read(f), target));
  res.findings.push(
    ...goCgo(
      own.filter((f) => !f.includes('vendor/')),
      read,
      target,
    ),
  );
  res.findings.push(...rustSignals(own, read, target));
  for (const f of own.filter((x) => DOCKERFILE.test(x)))
    res.findings.push(...dockerSignals(f, read(f), target));
  if (target.name === 'loong64')
    for (const f of own.filter((x) => /(\.list|\.repo|\.npmrc|pip\.conf)$/.test(x) || DOCKERFILE.test(x)))
      mirrors(f, read(f), res);
  return res;
}

function mirrors(file: string, text: string | undefined, res: SignalResult): void {
  if (!text) return;
  text.split('\n').forEach((line, i) => {
    const m = OLD_WORLD_MIRROR.exec(line);
    if (m && !line.trimStart().startsWith('#'))
      res.findings.push({
        code: 'arch/old-world-mirror',
        verdict: 'port',
        params: { file, line: i + 1, detail: m[0] },
        file,
        remedies: ['ui.arch.remedy.mirror'],
      });
  });
}
