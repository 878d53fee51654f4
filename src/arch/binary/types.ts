// What a header reader reports about one binary. Language-neutral facts only; verdicts come later.

export type BinaryFormat = 'elf' | 'pe' | 'macho' | 'macho-fat' | 'ar' | 'wasm';

/** Architecture names follow Node's process.arch where one exists (x64, arm64, loong64, …). */
export type ArchName = string;

export interface BinaryInfo {
  format: BinaryFormat;
  /** One architecture per slice; a universal Mach-O or mixed archive has several. */
  arch: ArchName[];
  bits?: 32 | 64;
  endian?: 'little' | 'big';
  /** Raw machine number(s) as the header states them. */
  machine?: number;
  /** ELF e_type / PE characteristics summary: 'exec', 'dyn', 'rel', 'core', 'dll', 'object'. */
  kind?: string;
  /** ELF e_flags. */
  flags?: number;
  /** LoongArch ABI facts decoded from e_flags. */
  loongarch?: { float: 'soft' | 'single' | 'double' | 'unknown'; objectAbi: 0 | 1 | 'unknown' };
  /** PT_INTERP: the program interpreter. */
  interpreter?: string;
  /** Highest GLIBC_x.y version needed (from .gnu.version_r), when present. */
  glibc?: string;
  /** LoongArch only: old world (ABI1.0) or new world (ABI2.0), when the evidence says so. */
  world?: 'old' | 'new';
  /** ar archives: the member that was read. */
  member?: string;
  /** Why some facts are missing (a cap was hit, a section lay outside the budget). */
  notes?: string[];
}
