// Small builders shared by the rules: a violation diagnostic whose severity follows the rule's
// action, and a verdict whose outcome follows its worst diagnostic.
import type { Verdict } from '../../core/analyzer.js';
import type { DiagnosticCode } from '../../core/codes.js';
import { diagnostic, type Diagnostic } from '../../core/diagnostics.js';
import type { Component } from '../../core/model.js';
import type { Action } from '../types.js';

export function violation(
  code: DiagnosticCode,
  action: Exclude<Action, 'off'>,
  params: Record<string, string | number>,
  component?: Component,
): Diagnostic {
  const location = component?.locations[0];
  return diagnostic(code, params, {
    severity: action === 'fail' ? 'error' : 'warning',
    ...(component ? { component: component.purl } : {}),
    ...(location ? { location } : {}),
  });
}

/** The verdict of one rule; each diagnostic records the rule in `data.rule` for reports and baselines. */
export function verdict(rule: string, diagnostics: Diagnostic[]): Verdict {
  for (const d of diagnostics) d.data = { ...(d.data as object | undefined), rule };
  const outcome = diagnostics.some((d) => d.severity === 'error')
    ? 'fail'
    : diagnostics.length
      ? 'warn'
      : 'pass';
  return { rule, outcome, diagnostics };
}

export function notEvaluated(rule: string, reason: string): Verdict {
  return {
    rule,
    outcome: 'not-evaluated',
    reason,
    diagnostics: [diagnostic('policy/not-evaluated', { rule, reason }, { data: { rule } })],
  };
}

/** How a component is named in messages: name@version, or name with its range when unpinned. */
export function label(c: Component): string {
  return c.version ? `${c.name}@${c.version}` : c.name;
}
