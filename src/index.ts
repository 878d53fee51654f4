// Steward's library API. The CLI is a thin layer over these exports; nothing here prints.
export { scan, ScanInputError, type ScanOptions } from './pipeline/scan.js';
export { render } from './report/render.js';
export { REPORTERS, findReporter } from './report/registry.js';
export { ECOSYSTEM_PLUGINS } from './ecosystems/registry.js';
export { ANALYZERS } from './analyze/registry.js';
export { translate, detectLang, LANGS } from './i18n/catalogue.js';
export { RESULT_SCHEMA_VERSION, type ScanResult } from './core/result.js';
export type * from './core/model.js';
export type { Diagnostic, Severity } from './core/diagnostics.js';
export type { ScanEvent } from './core/events.js';
export type { ScanStatus, FileFailure, FileFailureReason } from './core/status.js';
export type { EcosystemPlugin, ExtractContext, TreeView } from './core/plugin.js';
export type { Analyzer, Reporter, RenderOptions, Lang } from './core/analyzer.js';
export { ReportError } from './core/analyzer.js';
export { CODES, type DiagnosticCode } from './core/codes.js';
