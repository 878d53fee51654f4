// Maven property interpolation: `${name}` from the POM's properties (inherited ones included) and
// the project's own coordinates (`${project.version}`, `${project.parent.version}`, ...), nested
// and recursive. What a build would take from the environment or settings.xml (`${env.X}`,
// `${settings.x}`, system properties) cannot be known offline: it is left as written and reported.

export class PropertyCycle extends Error {
  constructor(readonly chain: string[]) {
    super(`property cycle ${chain.join(' -> ')}`);
    this.name = 'PropertyCycle';
  }
}

export interface PropertySource {
  /** Raw (uninterpolated) property values, child overriding parent. */
  properties: Map<string, string>;
  /** Values of project.* and pom.* expressions, already resolved. */
  project: Record<string, string | undefined>;
}

const EXPR = /\$\{([^}]*)\}/g;

export class Interpolator {
  private readonly cache = new Map<string, string | undefined>();
  /** Names that could not be resolved, in first-seen order. */
  readonly unresolved = new Set<string>();

  constructor(private readonly source: PropertySource) {}

  private lookup(name: string, stack: string[]): string | undefined {
    if (this.cache.has(name)) return this.cache.get(name);
    const direct = this.source.project[name] ?? this.source.project[name.replace(/^pom\./, 'project.')];
    if (direct !== undefined) return direct;
    const raw = this.source.properties.get(name);
    if (raw === undefined) return undefined;
    if (stack.includes(name)) throw new PropertyCycle([...stack.slice(stack.indexOf(name)), name]);
    const value = this.expand(raw, [...stack, name]);
    this.cache.set(name, value);
    return value;
  }

  private expand(text: string, stack: string[]): string {
    if (!text.includes('${')) return text;
    return text.replace(EXPR, (whole, name: string) => {
      const v = this.lookup(name.trim(), stack);
      if (v === undefined) {
        this.unresolved.add(name.trim());
        return whole;
      }
      return v;
    });
  }

  /** Interpolate a value; throws PropertyCycle for a property that refers back to itself. */
  value(text: string): string;
  value(text: string | undefined): string | undefined;
  value(text: string | undefined): string | undefined {
    return text === undefined ? undefined : this.expand(text, []);
  }
}

/** True when the text still holds an unresolved `${...}` expression. */
export const hasExpression = (text: string | undefined): boolean => !!text && /\$\{[^}]*\}/.test(text);
