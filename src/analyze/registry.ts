// Analyzers run over the whole inventory after extraction, in this order.
import type { Analyzer } from '../core/analyzer.js';

export const ANALYZERS: Analyzer[] = [];
