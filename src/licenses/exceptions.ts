// License exceptions recognised from their identifying sentences (the `spdx-exceptions` package
// lists ids but carries no texts). A found exception attaches to the base license of the file as
// `<base> WITH <exception>`.
import { normalisePhrase } from './normalise.js';

interface ExceptionRule {
  id: string;
  phrase: string;
  /** Base license ids the exception applies to (prefix match). */
  base: string[];
}

const RULES: ExceptionRule[] = [
  { id: 'LLVM-exception', phrase: 'LLVM Exceptions to the Apache 2.0 License', base: ['Apache-2.0'] },
  {
    id: 'Classpath-exception-2.0',
    phrase: 'Linking this library statically or dynamically with other modules is making a combined work',
    base: ['GPL-2.0'],
  },
  { id: 'GCC-exception-3.1', phrase: 'GCC Runtime Library Exception', base: ['GPL-3.0'] },
  {
    id: 'Font-exception-2.0',
    phrase: 'As a special exception, if you create a document which uses this font',
    base: ['GPL-2.0', 'GPL-3.0'],
  },
  {
    id: 'Bison-exception-2.2',
    phrase: 'you may create a larger work that contains part or all of the Bison parser skeleton',
    base: ['GPL-2.0', 'GPL-3.0'],
  },
  {
    id: 'Autoconf-exception-3.0',
    phrase: 'AUTOCONF CONFIGURE SCRIPT EXCEPTION',
    base: ['GPL-3.0'],
  },
];

let compiled: { rule: ExceptionRule; spaced: string }[] | undefined;

export function findExceptions(spaced: string): ExceptionRule[] {
  compiled ??= RULES.map((rule) => ({ rule, spaced: ` ${normalisePhrase(rule.phrase)} ` }));
  return compiled.filter((c) => spaced.includes(c.spaced)).map((c) => c.rule);
}

/** `base WITH exception` when the exception fits the base license, else undefined. */
export function applyException(expression: string, rule: ExceptionRule): string | undefined {
  if (expression.includes(' ')) return undefined;
  return rule.base.some((b) => expression.startsWith(b)) ? `${expression} WITH ${rule.id}` : undefined;
}
