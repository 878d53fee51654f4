// Dockerfiles tied to one architecture: a FROM pinned to another platform, a base image from an
// architecture-named repository (amd64/debian), downloads or apt sources for one architecture, and
// golang build images older than the target needs. Continuation lines are joined first and
// comments skipped, so a URL on the line after `curl \` counts and a commented-out FROM does not.
import { goTooOld } from './go-signals.js';
import type { Target } from './targets.js';
import type { ArchFinding } from './types.js';

const ARCH_WORDS = [
  'amd64',
  'x86_64',
  'x64',
  'i386',
  'arm64',
  'aarch64',
  'riscv64',
  'loong64',
  'loongarch64',
];

/** Dockerfile, dockerfile, Dockerfile.dev, app.Dockerfile, Containerfile (any case). */
export const DOCKERFILE = /(^|\/)(dockerfile[^/]*|containerfile[^/]*|[^/]*\.dockerfile)$/i;

export function dockerSignals(file: string, text: string | undefined, target: Target): ArchFinding[] {
  if (!text) return [];
  const own = new Set([target.name, target.goarch, ...target.aliases]);
  const other = ARCH_WORDS.filter((a) => !own.has(a));
  const archWord = new RegExp(`(?:^|[^a-z0-9])(${other.join('|')})(?:[^a-z0-9]|$)`, 'i');
  const out: ArchFinding[] = [];
  for (const { line, text: instr } of instructions(text)) {
    const push = (detail: string) =>
      out.push({
        code: 'arch/docker-single-arch',
        verdict: 'port',
        params: { file, line, detail, target: target.name },
        file,
        remedies: ['ui.arch.remedy.docker'],
      });
    const from = /^FROM\s+(.*)$/i.exec(instr);
    if (from) {
      const platform = /--platform=(\S+)/.exec(from[1]!)?.[1];
      const image = from[1]!.replace(/--platform=\S+/, '').trim();
      const arch = platform && !platform.includes('$') ? platformArch(platform) : undefined;
      if (arch && !own.has(arch)) push(`FROM pins --platform=${platform}`);
      else if (archWord.test(image.split(/\s/)[0]!.split(/[:@]/)[0]!))
        push(`base image ${image} is single-architecture`);
      const go = /^(?:\S+\/)?golang:(\d+\.\d+)/.exec(image);
      if (go) out.push(...goTooOld(file, go[1]!, `FROM ${image.split(/\s/)[0]}`, target, line));
      continue;
    }
    if (/(^|\s)(curl|wget)\s|^ADD\s/i.test(instr) && /https?:\/\//.test(instr)) {
      const urls = instr.match(/https?:\/\/\S+/g) ?? [];
      if (urls.some((u) => archWord.test(u) && !/\$\{?(TARGETARCH|TARGETPLATFORM|ARCH|arch)/.test(u)))
        push('downloads a build for one architecture');
    }
    const apt = /deb\s+\[[^\]]*\barch=([\w,-]+)/.exec(instr);
    if (apt && !apt[1]!.split(',').some((a) => own.has(a))) push(`apt source limited to arch=${apt[1]}`);
  }
  return out;
}

/** linux/amd64, linux/arm64/v8, amd64 → the architecture part. */
function platformArch(platform: string): string | undefined {
  const parts = platform.split('/');
  return parts.length === 1 ? parts[0] : parts[1];
}

/** Instructions with `\` continuations joined, comment lines dropped, each with its first line. */
function instructions(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let current: { line: number; text: string } | undefined;
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (/^\s*#/.test(line)) return;
    const cont = /\\\s*$/.test(line);
    const body = line.replace(/\\\s*$/, '').trim();
    if (current) current.text += ` ${body}`;
    else current = { line: i + 1, text: body };
    if (!cont) {
      if (current.text) out.push(current);
      current = undefined;
    }
  });
  if (current?.text) out.push(current);
  return out;
}
