// Judges the native binaries found in the tree, grouped by the installed package (or jar) that
// holds them: a group with a Linux build for the target is ready; one with only other machines'
// Linux builds is blocked; LoongArch old-world builds need porting. Windows and macOS binaries
// are listed but not judged, since they never run on a Linux target.
import type { ArchFinding, FoundBinary } from './types.js';

const PLATFORM_NAME =
  /(?:^|[-/])(linux|darwin|win32|freebsd|android|sunos|openbsd|netbsd)-(x64|arm64|ia32|arm|loong64|loongarch64|riscv64|ppc64|s390x|mips64el)\b/;
const BUILD_OUTPUT = /(^|\/)(target|build|dist|out)\//;

export interface Grouped {
  /** Owning package name, or undefined for binaries of the project itself. */
  owner?: string;
  key: string;
  binaries: FoundBinary[];
}

export function groupBinaries(binaries: FoundBinary[]): Grouped[] {
  const groups = new Map<string, Grouped>();
  for (const b of binaries) {
    const key = b.owner ?? (b.member ? b.path : b.path);
    const g = groups.get(key) ?? { key, binaries: [], ...(b.owner ? { owner: b.owner } : {}) };
    g.binaries.push(b);
    groups.set(key, g);
  }
  return [...groups.values()];
}

/** True for npm packages that are one platform's build (judged through their parent). */
export const isPlatformBuildName = (name: string): boolean => PLATFORM_NAME.test(name);

export function binaryFindings(group: Grouped, target: string, subject: string): ArchFinding[] {
  const linux = group.binaries.filter(
    (b) => b.info.format === 'elf' || (b.format === 'ar' && b.info.bits !== undefined),
  );
  if (linux.length === 0) return [];
  const native = linux.filter((b) => b.arch.includes(target));
  const where = (b: FoundBinary) => (b.member ? `${b.path}!/${b.member}` : b.path);
  if (native.length) {
    const old = native.find((b) => b.info.world === 'old');
    if (!old) return [];
    return [
      {
        code: 'arch/old-world-binary',
        verdict: 'port',
        params: {
          subject,
          name: subject,
          path: where(old),
          target,
          evidence: old.info.interpreter
            ? `interpreter ${old.info.interpreter}`
            : `glibc ${old.info.glibc ?? '?'}`,
        },
        file: old.path,
        remedies: ['ui.arch.remedy.liblol'],
      },
    ];
  }
  const first = linux[0]!;
  const own = !group.owner && BUILD_OUTPUT.test(first.path);
  return [
    {
      code: 'arch/foreign-binary',
      verdict: own ? 'source' : 'blocked',
      params: {
        subject,
        name: subject,
        path: where(first),
        format: first.format,
        arch: [...new Set(linux.flatMap((b) => b.arch))].join(', '),
        target,
      },
      file: first.path,
      remedies: ['ui.arch.remedy.rebuild'],
    },
  ];
}
