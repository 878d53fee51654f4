// --maven-profile and --maven-property: what `mvn -P` and `mvn -D` would tell Maven about a build,
// for profile activation in the Maven plugin. Kept beside scan.ts so the flags are defined once.
import type { MavenBuild } from '../../core/plugin.js';
import type { OptionDef } from '../options.js';

export const MAVEN_OPTIONS: OptionDef[] = [
  {
    name: 'maven-profile',
    type: 'string',
    multiple: true,
    valueName: 'ID',
    help: {
      en: 'Activate a Maven profile of the scanned POMs, as mvn -P does; !ID switches one off. Repeatable, or comma-separated.',
      'zh-CN': '像 mvn -P 一样激活被扫描 POM 中的 Maven profile；!ID 表示关闭。可重复给出，或用逗号分隔。',
    },
  },
  {
    name: 'maven-property',
    type: 'string',
    multiple: true,
    valueName: 'NAME[=VALUE]',
    help: {
      en: 'A Maven user property, as mvn -D gives it: it wins over POM properties and activates profiles (e.g. revision=1.2.0, java.version=17.0.2, os.name=Linux); without =VALUE it is "true". Repeatable.',
      'zh-CN':
        'Maven 用户属性，与 mvn -D 相同：优先于 POM 中的属性，并用于 profile 激活（如 revision=1.2.0、java.version=17.0.2、os.name=Linux）；不带 =VALUE 时为 "true"。可重复给出。',
    },
  },
];

/** The scan's Maven build switches, or undefined when neither flag was given. */
export function mavenBuild(values: Record<string, unknown>): MavenBuild | undefined {
  const profiles = ((values['maven-profile'] as string[] | undefined) ?? []).flatMap((p) =>
    p
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
  const given = (values['maven-property'] as string[] | undefined) ?? [];
  if (!profiles.length && !given.length) return undefined;
  const properties: Record<string, string> = {};
  for (const p of given) {
    const eq = p.indexOf('=');
    if (eq < 0) properties[p] = 'true';
    else properties[p.slice(0, eq)] = p.slice(eq + 1);
  }
  return { profiles, properties };
}
