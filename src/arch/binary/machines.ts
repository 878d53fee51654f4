// Machine numbers of the three header formats, mapped to Node-style architecture names so that
// ELF, PE and Mach-O results compare directly with npm's `cpu` field and with --target.

/** ELF e_machine values (System V gABI and the psABIs). */
export const ELF_MACHINES: Record<number, string> = {
  2: 'sparc',
  3: 'ia32',
  8: 'mips',
  20: 'ppc',
  21: 'ppc64',
  22: 's390x',
  40: 'arm',
  43: 'sparc64',
  50: 'ia64',
  62: 'x64',
  183: 'arm64',
  243: 'riscv',
  258: 'loong64',
};

/** PE/COFF IMAGE_FILE_MACHINE_* values. */
export const PE_MACHINES: Record<number, string> = {
  0x014c: 'ia32',
  0x8664: 'x64',
  0x01c0: 'arm',
  0x01c4: 'arm',
  0xaa64: 'arm64',
  0xa641: 'arm64', // ARM64EC
  0x0200: 'ia64',
  0x5032: 'riscv32',
  0x5064: 'riscv64',
  0x6232: 'loong32',
  0x6264: 'loong64',
};

/** Mach-O cputype values (CPU_ARCH_ABI64 = 0x01000000). */
export const MACHO_CPUS: Record<number, string> = {
  7: 'ia32',
  0x01000007: 'x64',
  12: 'arm',
  0x0100000c: 'arm64',
  0x0200000c: 'arm64_32',
  18: 'ppc',
  0x01000012: 'ppc64',
};

export function elfArch(machine: number, bits: 32 | 64): string {
  const name = ELF_MACHINES[machine];
  if (name === 'riscv') return bits === 64 ? 'riscv64' : 'riscv32';
  if (name === 'mips') return bits === 64 ? 'mips64' : 'mips';
  if (name === 'loong64' && bits === 32) return 'loong32';
  return name ?? `elf-machine-${machine}`;
}
