// Which `<profiles>` of a POM are active, decided as Maven 3.8's DefaultProfileSelector decides:
// `-P` ids first (`!id` switches one off), then activation conditions (all present must hold),
// and `activeByDefault` profiles only when nothing else in the same POM is active. What a real
// build reads from the machine (the JDK, the OS, system properties, environment variables) is not
// known offline: such a condition is false unless the user gives the property, and is reported.
import { compareMavenVersions } from '../../util/maven-version.js';
import type { RawActivation, RawDependency, RawPom, RawProfile } from './pom-schema.js';
import { containsVersion, parseVersionSpec, RangeSyntaxError } from './version-range.js';

export interface ActivationContext {
  /** `--maven-profile` ids; `!id` or `-id` deactivates. Applied to the scanned tree's POMs only. */
  profiles: string[];
  /** `--maven-property` values (Maven's user properties, `-Dname` alone meaning "true"). */
  properties: Record<string, string>;
  /** Whether a path exists; undefined when it cannot be known (outside the tree, repository POM). */
  exists(path: string): Promise<boolean | undefined>;
}

/** A condition that could not be evaluated offline; the profile is treated as inactive. */
export interface UnknownCondition {
  profile: string;
  condition: string;
  line: number;
}

/** Properties every real build has from the JVM or the environment, which we cannot know. */
const MACHINE_PROPERTY = /^(java|os|user|file|path|line|sun|env)\./;

type Verdict = boolean | { unknown: string };

function propertyVerdict(p: { name: string; value?: string }, ctx: ActivationContext): Verdict {
  const reverseName = p.name.startsWith('!');
  const name = reverseName ? p.name.slice(1) : p.name;
  if (!name) return false;
  const given = ctx.properties[name];
  if (given === undefined && MACHINE_PROPERTY.test(name)) return { unknown: `property ${p.name}` };
  if (p.value) {
    const reverseValue = p.value.startsWith('!');
    const equal = (reverseValue ? p.value.slice(1) : p.value) === given;
    return reverseValue ? !equal : equal;
  }
  const set = !!given;
  return reverseName ? !set : set;
}

function jdkVerdict(jdk: string, ctx: ActivationContext): Verdict {
  const version = ctx.properties['java.version'];
  if (version === undefined) return { unknown: `jdk ${jdk}` };
  if (/^[[(]/.test(jdk)) {
    try {
      const spec = parseVersionSpec(jdk);
      return spec.kind === 'range'
        ? containsVersion(spec, version)
        : compareMavenVersions(version, jdk) === 0;
    } catch (e) {
      if (e instanceof RangeSyntaxError) return false;
      throw e;
    }
  }
  const reverse = jdk.startsWith('!');
  const prefix = reverse ? jdk.slice(1) : jdk;
  return reverse !== version.startsWith(prefix);
}

function osFamily(family: string, name: string): boolean | undefined {
  const n = name.toLowerCase();
  if (family === 'windows') return n.includes('windows');
  if (family === 'mac') return n.includes('mac');
  if (family === 'unix')
    return !n.includes('windows') && !n.includes('openvms') && (!n.includes('mac') || n.endsWith('x'));
  return undefined;
}

function osVerdict(os: NonNullable<RawActivation['os']>, ctx: ActivationContext): Verdict {
  const known: Record<string, string | undefined> = {
    name: ctx.properties['os.name'],
    arch: ctx.properties['os.arch'],
    version: ctx.properties['os.version'],
  };
  for (const [key, want] of Object.entries(os)) {
    if (want === undefined) continue;
    const reverse = want.startsWith('!');
    const w = (reverse ? want.slice(1) : want).toLowerCase();
    const actual = key === 'family' ? known.name : known[key];
    if (actual === undefined) return { unknown: `os ${key} ${want}` };
    const match = key === 'family' ? osFamily(w, actual) : actual.toLowerCase() === w;
    if (match === undefined) return { unknown: `os family ${want}` };
    if (match === reverse) return false;
  }
  return true;
}

async function fileVerdict(
  file: NonNullable<RawActivation['file']>,
  ctx: ActivationContext,
): Promise<Verdict> {
  const [path, wantExists] = file.exists !== undefined ? [file.exists, true] : [file.missing, false];
  if (path === undefined) return false;
  const exists = await ctx.exists(path);
  if (exists === undefined) return { unknown: `file ${path}` };
  return exists === wantExists;
}

/** Undefined when the activation has no condition Maven would evaluate (activeByDefault aside). */
async function activationVerdict(a: RawActivation, ctx: ActivationContext): Promise<Verdict | undefined> {
  const verdicts: Verdict[] = [];
  if (a.jdk !== undefined) verdicts.push(jdkVerdict(a.jdk, ctx));
  if (a.os && Object.values(a.os).some((v) => v !== undefined)) verdicts.push(osVerdict(a.os, ctx));
  if (a.property) verdicts.push(propertyVerdict(a.property, ctx));
  if (a.file) verdicts.push(await fileVerdict(a.file, ctx));
  if (!verdicts.length) return undefined;
  if (verdicts.includes(false)) return false;
  return verdicts.find((v) => typeof v === 'object') ?? true;
}

export async function activeProfiles(
  profiles: RawProfile[],
  ctx: ActivationContext,
): Promise<{ active: RawProfile[]; unknown: UnknownCondition[] }> {
  const off = new Set(ctx.profiles.filter((p) => /^[!-]/.test(p)).map((p) => p.slice(1)));
  const on = new Set(ctx.profiles.filter((p) => !/^[!-]/.test(p)).map((p) => p.replace(/^\+/, '')));
  const active: RawProfile[] = [];
  const defaults: RawProfile[] = [];
  const unknown: UnknownCondition[] = [];
  for (const profile of profiles) {
    if (off.has(profile.id)) continue;
    if (on.has(profile.id)) {
      active.push(profile);
      continue;
    }
    const verdict = profile.activation ? await activationVerdict(profile.activation, ctx) : undefined;
    if (verdict === true) active.push(profile);
    else {
      if (typeof verdict === 'object')
        unknown.push({ profile: profile.id, condition: verdict.unknown, line: profile.line });
      if (profile.activation?.activeByDefault) defaults.push(profile);
    }
  }
  return { active: active.length ? active : defaults, unknown };
}

const depKey = (d: RawDependency) => `${d.groupId}:${d.artifactId}:${d.type ?? 'jar'}:${d.classifier ?? ''}`;

function mergeDependencies(base: RawDependency[], extra: RawDependency[]): RawDependency[] {
  const out = [...base];
  for (const d of extra) {
    const i = out.findIndex((x) => depKey(x) === depKey(d));
    if (i >= 0) out[i] = d;
    else out.push(d);
  }
  return out;
}

/** The POM with its active profiles merged in, in declaration order (a later profile wins). */
export function injectProfiles(raw: RawPom, active: RawProfile[]): RawPom {
  let out = raw;
  for (const p of active)
    out = {
      ...out,
      properties: new Map([...out.properties, ...p.properties]),
      dependencies: mergeDependencies(out.dependencies, p.dependencies),
      managed: mergeDependencies(out.managed, p.managed),
      modules: [...out.modules, ...p.modules.filter((m) => !out.modules.some((o) => o.path === m.path))],
    };
  return out;
}
