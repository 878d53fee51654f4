// Evaluators turn a scan result into policy verdicts. The policy gate (steward.yaml) plugs in here.
import type { Evaluator } from '../core/analyzer.js';

export const EVALUATORS: Evaluator[] = [];
