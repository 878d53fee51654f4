// Analyzers run over the whole inventory after extraction, in this order.
import type { Analyzer } from '../core/analyzer.js';
import { licensesAnalyzer } from './licenses/index.js';

export const ANALYZERS: Analyzer[] = [licensesAnalyzer];
