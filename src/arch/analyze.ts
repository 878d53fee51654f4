// Architecture readiness of a tree for one target: walks for native artefacts and source signals,
// reads the inventory for per-platform packages and prebuilt downloaders, and folds everything
// into a verdict per component and for the project. Library code: no printing, no network.
import { makePurl, npmPurl } from '../core/purl.js';
import type { Component } from '../core/model.js';
import { binaryFindings, groupBinaries, isPlatformBuildName } from './binary-findings.js';
import {
  downloaderFindings,
  label,
  platformBuilds,
  platformFamilyFindings,
  type Inventoryish,
} from './npm-platform.js';
import { installedWheelFindings, lockedWheelFindings, normalizePy, notInstalledOn } from './python-wheels.js';
import { sourceSignals } from './source-signals.js';
import { findTarget, type Target } from './targets.js';
import { worst, type ArchFinding, type ArchReport, type ComponentArch } from './types.js';
import { walkNative } from './walk-native.js';

export interface ArchOptions {
  target?: string;
  exclude?: string[];
  maxFiles?: number;
  skipDir?: (path: string) => boolean;
}

export function analyzeArch(root: string, inv: Inventoryish, options: ArchOptions = {}): ArchReport {
  const started = Date.now();
  const target = findTarget(options.target ?? 'loong64');
  if (!target) throw new Error(`unknown target ${options.target}`);
  const walked = walkNative(root, {
    ...(options.exclude ? { exclude: options.exclude } : {}),
    ...(options.maxFiles ? { maxFiles: options.maxFiles } : {}),
    ...(options.skipDir ? { skipDir: options.skipDir } : {}),
  });
  const signals = sourceSignals(root, walked.signals, target);
  const byPurlName = new Map(inv.components.map((c) => [c.purl, c.name]));
  const findings: ArchFinding[] = [
    ...platformFamilyFindings(inv, target.name),
    // A downloader package that already has a build for the target installed needs nothing.
    ...downloaderFindings(inv, target.name).filter(
      (f) => !hasNativeFor(walked.binaries, byPurlName.get(f.purl ?? '') ?? '', target),
    ),
  ];
  const project: ArchFinding[] = [];
  const byName = componentsByName(inv.components);
  const builds = platformBuilds(inv);
  const extra = new Map<string, Component>();
  const resolve = (name: string): Component | undefined => byName.get(name)?.[0] ?? extra.get(name);
  const ensure = (name: string): Component => {
    const c = resolve(name) ?? pseudo(name);
    if (!byName.has(name)) extra.set(name, c);
    return c;
  };

  findings.push(...lockedWheelFindings(inv.components, signals.wheels, target));
  for (const f of installedWheelFindings(signals.wheels, target)) {
    const c = pythonComponent(inv.components, f.params.name as string, f.purl!);
    if (!inv.components.includes(c)) extra.set(c.purl, c);
    findings.push({ ...f, purl: c.purl });
  }
  const coveredByWheel = (path: string) =>
    signals.foreignWheelPaths.some((p) => path === p || path.startsWith(`${p}/`));

  for (const g of groupBinaries(walked.binaries)) {
    // Binaries inside an installed wheel built for another architecture: that wheel's finding says it.
    if (g.binaries.every((b) => coveredByWheel(b.path))) continue;
    if (g.owner && !g.owner.startsWith('pypi:')) {
      const c = ensure(g.owner);
      if (builds.has(c.purl) || isPlatformBuildName(g.owner)) continue;
      for (const f of binaryFindings(g, target.name, label(c))) findings.push({ ...f, purl: c.purl });
    } else project.push(...binaryFindings(g, target.name, g.owner?.slice(5) ?? g.key));
  }
  for (const gyp of signals.gyp) {
    const f: ArchFinding = {
      code: 'arch/node-gyp',
      verdict: 'source',
      params: { subject: gyp.owner ?? '.', file: gyp.file, target: target.name },
      file: gyp.file,
      remedies: ['ui.arch.remedy.gyp'],
    };
    if (gyp.owner) {
      const c = ensure(gyp.owner);
      f.params.subject = label(c);
      // An addon that already ships a build for the target is fine as it is.
      if (
        findings.some((x) => x.purl === c.purl && x.code === 'arch/foreign-binary') ||
        !hasNativeFor(walked.binaries, gyp.owner, target)
      )
        findings.push({ ...f, purl: c.purl });
    } else project.push(f);
  }
  project.push(...signals.findings);

  const components = [...inv.components, ...extra.values()].map((c) =>
    judge(c, findings, builds, notInstalledOn(c, target)),
  );
  components.sort((a, b) => (a.purl < b.purl ? -1 : a.purl > b.purl ? 1 : 0));
  let verdict: ArchReport['verdict'] = 'ready';
  for (const c of components) verdict = worst(verdict, c.verdict);
  for (const f of project) verdict = worst(verdict, f.verdict);
  return {
    target: target.name,
    verdict,
    components,
    binaries: walked.binaries,
    project,
    skipped: [...walked.skipped, ...signals.skipped],
    stats: { files: walked.files, sniffed: walked.sniffed, ms: Date.now() - started },
  };
}

/** Reasons that stand only until a finding says more. */
const PLACEHOLDER_REASONS: ComponentArch['reason'][] = [
  'arch/pure',
  'arch/platform-build',
  'arch/not-installed',
];

function judge(
  c: Component,
  findings: ArchFinding[],
  builds: Set<string>,
  notInstalled: boolean,
): ComponentArch {
  const mine = findings.filter((f) => f.purl === c.purl);
  let verdict: ComponentArch['verdict'] = 'ready';
  let reason: ComponentArch['reason'] = builds.has(c.purl)
    ? 'arch/platform-build'
    : notInstalled
      ? 'arch/not-installed'
      : 'arch/pure';
  for (const f of mine) {
    const next = worst(verdict, f.verdict);
    if (next !== verdict || PLACEHOLDER_REASONS.includes(reason)) reason = f.code;
    verdict = next;
  }
  return { purl: c.purl, name: c.name, version: c.version, verdict, reason, findings: mine };
}

function hasNativeFor(binaries: ArchReport['binaries'], owner: string, target: Target): boolean {
  return binaries.some((b) => b.owner === owner && b.info.format === 'elf' && b.arch.includes(target.name));
}

function componentsByName(components: Component[]): Map<string, Component[]> {
  const m = new Map<string, Component[]>();
  for (const c of components) if (c.ecosystem === 'npm') m.set(c.name, [...(m.get(c.name) ?? []), c]);
  return m;
}

/** The inventory's Python component for an installed distribution, or one made from its dist-info. */
function pythonComponent(components: Component[], name: string, purl: string): Component {
  const same = components.filter((c) => c.ecosystem === 'pypi' && normalizePy(c.name) === name);
  const found = same.find((c) => c.purl === purl) ?? (same.length === 1 ? same[0] : undefined);
  if (found) return found;
  const version = /@([^?#]+)/.exec(purl)?.[1] ?? null;
  return { ...pseudo(name), ecosystem: 'pypi', purl: makePurl({ type: 'pypi', name, version }), version };
}

/** A package seen only on disk (no lockfile entry): identified by name, version unknown. */
function pseudo(name: string): Component {
  return {
    purl: npmPurl(name, null),
    ecosystem: 'npm',
    name,
    version: null,
    scopes: [],
    direct: false,
    workspaces: [],
    hashes: [],
    locations: [],
    foundBy: ['arch'],
  };
}
