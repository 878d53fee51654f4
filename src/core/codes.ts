// The one registry of diagnostic codes. Codes are stable: never rename or reuse one. Every code
// needs a message in src/i18n/en.ts and src/i18n/zh-CN.ts (a test checks both).
import type { Severity } from './diagnostics.js';
import type { FileFailureReason } from './status.js';

export interface CodeInfo {
  severity: Severity;
  /** Short, stable rule title used by SARIF's rule metadata (English, not shown to users as prose). */
  title: string;
}

export const CODES = {
  // A file could not be used; one per FileFailureReason.
  'file/unreadable': { severity: 'error', title: 'File could not be read' },
  'file/too-large': { severity: 'error', title: 'File exceeds the size limit' },
  'file/binary': { severity: 'error', title: 'File is binary where text was expected' },
  'file/invalid-encoding': { severity: 'error', title: 'File is not valid UTF-8' },
  'file/parse-error': { severity: 'error', title: 'File could not be parsed' },
  'file/unsupported-version': { severity: 'error', title: 'Unsupported file format version' },
  'file/inconsistent': { severity: 'warning', title: 'Lockfile contradicts its manifest' },
  'file/symlink-loop': { severity: 'warning', title: 'Symbolic link loop' },
  'file/not-a-file': { severity: 'error', title: 'Path is not a regular file' },
  // Inventory facts a user should know about.
  'inventory/unresolved': { severity: 'warning', title: 'Dependencies declared but not locked or installed' },
  'inventory/installed-tree': {
    severity: 'note',
    title: 'Inventory taken from an installed tree, not a lockfile',
  },
  'inventory/nothing-found': { severity: 'warning', title: 'No supported manifest or lockfile found' },
  'inventory/plugin-skipped': { severity: 'warning', title: 'A plugin could not run' },
  'policy/license-incompatible': { severity: 'error', title: 'Outbound license incompatibility (policy)' },
  'policy/summary': { severity: 'note', title: 'Outcome of the policy evaluation' },
  // Policy gate (src/policy): violations of steward.yaml rules.
  'policy/license-denied': { severity: 'error', title: 'License denied by the policy' },
  'policy/license-not-allowed': { severity: 'error', title: 'License not in the allowed list of the policy' },
  'policy/copyleft-in-prod': { severity: 'error', title: 'Copyleft license outside dev dependencies' },
  'policy/license-unknown': { severity: 'error', title: 'Component without a recognisable license' },
  'policy/vulnerability': { severity: 'error', title: 'Vulnerability at or above the policy threshold' },
  'policy/ignore-expired': { severity: 'warning', title: 'Policy ignore entry has expired' },
  'policy/unpinned': { severity: 'error', title: 'Dependency not pinned to a version' },
  'policy/integrity-missing': { severity: 'error', title: 'Dependency without an integrity hash' },
  'policy/integrity-weak': { severity: 'error', title: 'Dependency with only a weak integrity hash' },
  'policy/source-git': { severity: 'error', title: 'Dependency fetched from git' },
  'policy/source-tarball': { severity: 'error', title: 'Dependency fetched from a tarball URL' },
  'policy/registry': { severity: 'error', title: 'Dependency from a registry the policy does not allow' },
  'policy/arch-not-ready': { severity: 'error', title: 'Project not ready for a required architecture' },
  'policy/health-stage': { severity: 'error', title: 'Project below the maturity stage the policy requires' },
  'policy/health-bus-factor': { severity: 'error', title: 'Bus factor below the policy minimum' },
  'policy/not-evaluated': { severity: 'note', title: 'Policy rule could not be evaluated' },
  // Licenses (src/licenses, src/analyze/licenses).
  'license/unknown-text': { severity: 'warning', title: 'License-like text matching no known license' },
  'license/declared-mismatch': {
    severity: 'warning',
    title: 'Declared license differs from the license files',
  },
  'license/detected-mismatch': {
    severity: 'warning',
    title: 'Declared license differs from the installed license file',
  },
  'license/not-spdx': { severity: 'note', title: 'Declared license is not an SPDX expression' },
  'license/unrecognised': { severity: 'warning', title: 'Declared license not recognised' },
  'license/incompatible': { severity: 'error', title: 'License incompatible with the outbound license' },
  'license/review': { severity: 'warning', title: 'License combination needs review' },
  'license/truncated': { severity: 'note', title: 'Large file scanned only in part' },
  'inventory/missing-dependency': {
    severity: 'warning',
    title: 'A declared dependency is not in the lockfile',
  },
  // Vulnerabilities (src/vulns, src/analyze/vulns).
  'vuln/affected': { severity: 'warning', title: 'Component affected by a known vulnerability' },
  'vuln/not-evaluable': { severity: 'note', title: 'Advisory gives only commit ranges; not evaluable' },
  'vuln/suppressed': { severity: 'note', title: 'Vulnerability suppressed by an ignore rule or VEX' },
  'vuln/ignore-expired': { severity: 'warning', title: 'Vulnerability ignore rule has expired' },
  'vuln/no-database': { severity: 'note', title: 'No local vulnerability database; check skipped' },
  'vuln/stale-database': { severity: 'warning', title: 'Local vulnerability database is old' },
  'vuln/invalid-record': { severity: 'warning', title: 'Invalid OSV record skipped' },
  'vuln/unmapped': { severity: 'note', title: 'Components with no OSV ecosystem were not checked' },
  // Project health (src/health).
  'health/shallow': { severity: 'note', title: 'Shallow clone: history-based figures are incomplete' },
  'health/partial-history': {
    severity: 'warning',
    title: 'git stopped part-way; figures cover what was read',
  },
  'health/malformed-commits': { severity: 'warning', title: 'Commits with malformed dates or identities' },
  'health/no-commits': { severity: 'warning', title: 'Repository has no commits' },
  'health/git-failed': { severity: 'warning', title: 'A git command failed; its figures are left out' },
  'health/maturity': { severity: 'note', title: 'Maturity stage the project meets' },
  // Architecture readiness (src/arch, src/analyze/arch).
  'arch/foreign-binary': {
    severity: 'warning',
    title: 'Native binary with no build for the target architecture',
  },
  'arch/old-world-binary': { severity: 'warning', title: 'LoongArch old-world (ABI1.0) binary' },
  'arch/no-platform-package': {
    severity: 'error',
    title: 'Per-platform package set has no build for the target architecture',
  },
  'arch/node-gyp': { severity: 'note', title: 'Native addon built from source at install' },
  'arch/prebuilt-download': { severity: 'warning', title: 'Prebuilt-binary download with a source fallback' },
  'arch/go-assembly': { severity: 'warning', title: 'Go assembly with no version for the target' },
  'arch/go-version': { severity: 'warning', title: 'Go version older than the target needs' },
  'arch/cgo': { severity: 'note', title: 'Go package uses cgo' },
  'arch/rust-target-arch': { severity: 'note', title: 'Rust code specific to other architectures' },
  'arch/docker-single-arch': { severity: 'warning', title: 'Dockerfile tied to one architecture' },
  'arch/wheel-sdist': {
    severity: 'warning',
    title: 'Python package with wheels only for other architectures; builds from its sdist',
  },
  'arch/no-wheel': {
    severity: 'error',
    title: 'Python package with wheels only for other architectures and no sdist',
  },
  'arch/foreign-wheel': {
    severity: 'warning',
    title: 'Installed Python wheel built for another architecture',
  },
  'arch/old-world-mirror': {
    severity: 'warning',
    title: 'Configuration points at an old-world package mirror',
  },
  'arch/skipped': { severity: 'note', title: 'File left out of the architecture check' },
  'arch/verdict': { severity: 'note', title: 'Architecture readiness of the project' },
  // Maven (src/ecosystems/maven).
  'maven/unresolved-property': { severity: 'warning', title: 'Maven property left unresolved' },
  'maven/parent-not-found': {
    severity: 'warning',
    title: 'Parent POM found neither in the tree nor in the repository',
  },
  'maven/bom-not-found': {
    severity: 'warning',
    title: 'Imported BOM found neither in the tree nor in the repository',
  },
  'maven/pom-not-in-repository': {
    severity: 'warning',
    title: 'POMs missing from the local Maven repository',
  },
  'maven/no-repository': { severity: 'note', title: 'No local Maven repository: direct dependencies only' },
  'maven/range-unsatisfied': {
    severity: 'warning',
    title: 'No version in the local Maven repository is within a version range',
  },
  'maven/range-conflict': { severity: 'warning', title: 'Maven version ranges with no version in common' },
  'maven/range-not-resolved': {
    severity: 'note',
    title: 'Maven version range left unresolved (no repository)',
  },
  'maven/profile-not-evaluated': {
    severity: 'note',
    title: 'Maven profile activation that cannot be known offline',
  },
} as const satisfies Record<string, CodeInfo>;

export type DiagnosticCode = keyof typeof CODES;

export const FAILURE_CODE: Record<FileFailureReason, DiagnosticCode> = {
  unreadable: 'file/unreadable',
  'too-large': 'file/too-large',
  binary: 'file/binary',
  'invalid-encoding': 'file/invalid-encoding',
  'parse-error': 'file/parse-error',
  'unsupported-version': 'file/unsupported-version',
  inconsistent: 'file/inconsistent',
  'symlink-loop': 'file/symlink-loop',
  'not-a-file': 'file/not-a-file',
};
