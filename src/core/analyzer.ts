// Contracts for the stages after extraction. Analyzers add diagnostics over the inventory
// (licenses, vulnerabilities, architecture, health), may add a report section, and may fill the
// component fields left for them (only `detectedLicense`, by the license analyzer); evaluators
// turn results into policy verdicts.
import type { Diagnostic } from './diagnostics.js';
import type { Inventory } from './inventory.js';
import type { Capability, ExtractContext } from './plugin.js';
import type { ScanResult, ScanSections } from './result.js';

export interface AnalyzerInput {
  inventory: Inventory;
  ctx: ExtractContext;
  /** Adds report sections to the result (e.g. `health`); the pipeline always passes it. */
  addSections?: (sections: ScanSections) => void;
}

export interface Analyzer {
  id: string;
  needs?: Capability[];
  analyze(input: AnalyzerInput): Promise<Diagnostic[]>;
}

export interface Verdict {
  /** The policy key the verdict is about, e.g. 'licenses.deny'. */
  rule: string;
  /** 'not-evaluated' when the scan holds no input for the rule (no database, no analyzer yet). */
  outcome: 'pass' | 'fail' | 'warn' | 'not-evaluated';
  diagnostics: Diagnostic[];
  /** Why a rule was not evaluated: a language-neutral token such as 'no-vulnerability-database'. */
  reason?: string;
}

export interface Evaluator<P = unknown> {
  id: string;
  evaluate(result: ScanResult, policy: P): Verdict[];
}

export interface RenderOptions {
  lang: Lang;
  color: boolean;
  /** Format-specific version, e.g. CycloneDX '1.6' or '1.7'. */
  specVersion?: string;
}

export type Lang = 'en' | 'zh-CN';

export interface Reporter {
  id: string;
  /** File extension suggested for --output. */
  extension: string;
  /** True when the output is language-neutral machine data. */
  machine: boolean;
  specVersions?: string[];
  render(result: ScanResult, options: RenderOptions): Promise<string> | string;
}

/** Thrown by a reporter that refuses to produce an invalid document. */
export class ReportError extends Error {
  constructor(
    readonly reporter: string,
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = 'ReportError';
  }
}
