// Evaluators turn a scan result into policy verdicts. The policy gate (steward.yaml) plugs in here.
import type { Evaluator } from '../core/analyzer.js';
import { policyEvaluator } from '../policy/evaluate.js';
import type { Policy } from '../policy/types.js';

export const EVALUATORS: Evaluator<Policy>[] = [policyEvaluator];
