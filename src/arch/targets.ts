// Target architectures and how each is spelled by the formats we read: Node/npm `cpu` names,
// Go's GOARCH and assembly suffixes, Rust's target_arch and Python wheel platform tags.
export interface Target {
  /** Node/npm name, also the --target value. */
  name: string;
  goarch: string;
  rustArch: string;
  /** The architecture part of a Linux wheel platform tag (manylinux_2_17_<pyArch>). */
  pyArch: string;
  /** Spellings inside wheel tags, JNI directories and file names. */
  aliases: string[];
  /** The Go release that first supports it; undefined when any supported Go does. */
  minGo?: string;
}

export const TARGETS: Target[] = [
  {
    name: 'loong64',
    goarch: 'loong64',
    rustArch: 'loongarch64',
    pyArch: 'loongarch64',
    aliases: ['loongarch64', 'loong64'],
    minGo: '1.19',
  },
  {
    name: 'riscv64',
    goarch: 'riscv64',
    rustArch: 'riscv64',
    pyArch: 'riscv64',
    aliases: ['riscv64'],
    minGo: '1.14',
  },
  { name: 'arm64', goarch: 'arm64', rustArch: 'aarch64', pyArch: 'aarch64', aliases: ['aarch64', 'arm64'] },
  {
    name: 'x64',
    goarch: 'amd64',
    rustArch: 'x86_64',
    pyArch: 'x86_64',
    aliases: ['x86_64', 'amd64', 'x86-64', 'x64'],
  },
];

export const TARGET_NAMES = TARGETS.map((t) => t.name);

export function findTarget(name: string): Target | undefined {
  return TARGETS.find((t) => t.name === name);
}

/** True when an npm `cpu` list admits the target (a `!arch` entry excludes it). */
export function cpuAllows(cpu: string[] | undefined, target: string): boolean {
  if (!cpu || cpu.length === 0) return true;
  if (cpu.includes(`!${target}`)) return false;
  const positive = cpu.filter((c) => !c.startsWith('!'));
  return positive.length === 0 || positive.includes(target);
}
