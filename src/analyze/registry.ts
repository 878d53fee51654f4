// Analyzers run over the whole inventory after extraction, in this order.
import type { Analyzer } from '../core/analyzer.js';
import { archAnalyzer } from './arch/index.js';
import { licensesAnalyzer } from './licenses/index.js';
import { vulnsAnalyzer } from './vulns/index.js';

export const ANALYZERS: Analyzer[] = [licensesAnalyzer, vulnsAnalyzer, archAnalyzer];
