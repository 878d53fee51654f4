// A policy file that cannot be used: names the file, the key (a dotted path) and the line, so the
// CLI can say exactly what to fix. The detail is English; the CLI wraps it in a translated line.
export class PolicyError extends Error {
  constructor(
    readonly file: string,
    readonly key: string,
    readonly detail: string,
    readonly line?: number,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${key ? `${key}: ` : ''}${detail}`);
    this.name = 'PolicyError';
  }
}
