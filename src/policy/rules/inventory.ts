// Inventory rules over components: unpinned versions, missing or SHA-1-only integrity, git and
// tarball sources, and registries other than the allowed ones. Components whose integrity is not
// a lockfile's business (workspace members, local paths, installed OS packages) are left out.
import type { Verdict } from '../../core/analyzer.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import type { Component } from '../../core/model.js';
import type { ScanResult } from '../../core/result.js';
import type { Action, InventoryPolicy } from '../types.js';
import { label, verdict, violation } from './verdict.js';

const OS_PACKAGES = new Set(['rpm', 'deb', 'apk']);
const LOCAL_SOURCES = new Set(['workspace', 'link', 'file', 'patch']);

type Check = (c: Component) => Record<string, string> | undefined;

const CHECKS: { key: keyof InventoryPolicy; code: Parameters<typeof violation>[0]; check: Check }[] = [
  {
    key: 'unpinned',
    code: 'policy/unpinned',
    check: (c) => (c.version === null ? { range: c.range ?? '*' } : undefined),
  },
  {
    key: 'missing-integrity',
    code: 'policy/integrity-missing',
    check: (c) => (fetched(c) && !c.integrity && c.hashes.length === 0 ? {} : undefined),
  },
  {
    key: 'sha1-integrity',
    code: 'policy/integrity-weak',
    check: (c) => {
      if (!fetched(c)) return undefined;
      const algs = [
        ...(c.integrity ? c.integrity.split(/\s+/).map((s) => s.split('-')[0]!.toUpperCase()) : []),
      ];
      algs.push(...c.hashes.map((h) => h.alg.replace('-', '')));
      if (!algs.length) return undefined;
      const weak = algs.every((a) => a === 'SHA1' || a === 'MD5');
      return weak ? { alg: algs.includes('SHA1') ? 'SHA-1' : 'MD5' } : undefined;
    },
  },
  {
    key: 'git-sources',
    code: 'policy/source-git',
    check: (c) => (c.source?.type === 'git' ? { url: c.source.url ?? '?' } : undefined),
  },
  {
    key: 'tarball-sources',
    code: 'policy/source-tarball',
    check: (c) => (c.source?.type === 'tarball' ? { url: c.source.url ?? '?' } : undefined),
  },
];

/** A package fetched from somewhere at a pinned version: the only kind an integrity hash applies to. */
function fetched(c: Component): boolean {
  // Bundled packages arrive inside their parent's tarball; a git source is pinned by its commit.
  if (c.version === null || c.bundled || OS_PACKAGES.has(c.ecosystem)) return false;
  return !(c.source && (LOCAL_SOURCES.has(c.source.type) || c.source.type === 'git'));
}

export function evaluateInventory(result: ScanResult, policy: InventoryPolicy): Verdict[] {
  const out: Verdict[] = [];
  for (const { key, code, check } of CHECKS) {
    const action = policy[key] as Action | undefined;
    if (!action || action === 'off') continue;
    const found: Diagnostic[] = [];
    for (const c of result.components) {
      const params = check(c);
      if (params) found.push(violation(code, action, { component: label(c), ...params }, c));
    }
    out.push(verdict(`inventory.${key}`, found));
  }
  if (policy.registries)
    out.push(verdict('inventory.registries', registryViolations(result, policy.registries)));
  return out;
}

function registryViolations(result: ScanResult, allowed: string[]): Diagnostic[] {
  const prefixes = allowed.map((a) => a.replace(/\/*$/, '/'));
  const found: Diagnostic[] = [];
  for (const c of result.components) {
    const url = c.source?.type === 'registry' ? c.source.url : undefined;
    // A lockfile that omits resolved URLs (npm's omit-lockfile-registry-resolved) says nothing here.
    if (!url || prefixes.some((p) => url.startsWith(p))) continue;
    found.push(violation('policy/registry', 'fail', { component: label(c), url: origin(url) }, c));
  }
  return found;
}

function origin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}
