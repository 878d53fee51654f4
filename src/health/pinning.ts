// The "dependencies pinned" practice, from the inventory rather than from file names: the share
// of fetched dependencies that resolve to one exact version. Workspace members, local paths and
// installed OS packages are not the project's pins and are left out.
import type { Component } from '../core/model.js';
import type { Practice } from './report.js';

const LOCAL_SOURCES = new Set(['workspace', 'link', 'file', 'patch']);
const OS_PACKAGES = new Set(['rpm', 'deb', 'apk']);
const EVIDENCE = 10;

export function pinningPractice(components: readonly Component[]): Practice {
  const deps = components.filter(
    (c) => !OS_PACKAGES.has(c.ecosystem) && !(c.source && LOCAL_SOURCES.has(c.source.type)),
  );
  if (deps.length === 0) return { id: 'dependencies-pinned', passed: null };
  const loose = deps.filter((c) => c.version === null);
  return {
    id: 'dependencies-pinned',
    passed: loose.length === 0,
    value: Math.round(((deps.length - loose.length) / deps.length) * 1000) / 1000,
    evidence: loose.slice(0, EVIDENCE).map((c) => `${c.name} ${c.range ?? '*'}`),
  };
}
