// Builds a SARIF 2.1.0 log from a scan result: one rule per diagnostic code used (metadata from the
// code registry), one result per diagnostic with its English message, level, location in the
// manifest or lockfile, and the code and parameters in `properties` for machines. Project-level
// findings (health, policy rules with no package) are anchored at the project's first manifest or
// lockfile: GitHub code scanning rejects a whole log when any result has no location.
import { CODES, type DiagnosticCode } from '../../core/codes.js';
import type { Diagnostic, Severity } from '../../core/diagnostics.js';
import type { Component, Location } from '../../core/model.js';
import type { ScanResult } from '../../core/result.js';
import { translate } from '../../i18n/catalogue.js';
import { helpText } from './help.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', note: 'note' };

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: Record<string, unknown>[];
}

export function buildSarif(result: ScanResult): SarifLog {
  const codes = [...new Set(result.diagnostics.map((d) => d.code))].sort();
  const ruleIndex = new Map(codes.map((c, i) => [c, i]));
  const byPurl = new Map(result.components.map((c) => [c.purl, c]));
  const anchor = projectAnchor(result);
  const run: Record<string, unknown> = {
    tool: {
      driver: {
        name: 'steward',
        version: result.tool.version,
        semanticVersion: result.tool.version,
        rules: codes.map(rule),
      },
    },
    invocations: [
      {
        executionSuccessful: result.status.complete,
        startTimeUtc: result.startedAt,
        ...(result.status.failures.length
          ? {
              toolExecutionNotifications: result.status.failures.map((f) => ({
                level: 'error',
                message: { text: `${f.file}: ${f.reason}${f.detail ? ` (${f.detail})` : ''}` },
                locations: [physical({ file: f.file, ...(f.line ? { line: f.line } : {}) })],
              })),
            }
          : {}),
      },
    ],
    columnKind: 'utf16CodeUnits',
    results: result.diagnostics.map((d) => toResult(d, ruleIndex.get(d.code)!, byPurl, anchor)),
  };
  if (result.root.startsWith('/'))
    run.originalUriBaseIds = {
      '%SRCROOT%': { uri: `file://${encodeURI(result.root.replace(/\/?$/, '/'))}` },
    };
  return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
}

function rule(code: DiagnosticCode): Record<string, unknown> {
  const info = CODES[code];
  const help = helpText(code);
  return {
    id: code,
    name: code.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()),
    shortDescription: { text: info.title },
    fullDescription: { text: `${info.title}. ${help}` },
    help: { text: help },
    defaultConfiguration: { level: LEVEL[info.severity] },
    properties: { category: code.split('/')[0] },
  };
}

/** Where a finding about the whole project is shown: a manifest, lockfile or license file it has. */
function projectAnchor(result: ScanResult): Location | undefined {
  const file = result.projects[0]?.source ?? result.health?.licenses[0]?.path;
  return file ? { file } : undefined;
}

function toResult(
  d: Diagnostic,
  index: number,
  byPurl: Map<string, Component>,
  anchor: Location | undefined,
): Record<string, unknown> {
  const component = d.component ? byPurl.get(d.component) : undefined;
  const own = d.location ?? component?.locations[0];
  const location = own ?? anchor;
  const out: Record<string, unknown> = {
    ruleId: d.code,
    ruleIndex: index,
    level: LEVEL[d.severity],
    message: { text: translate('en', d.code, d.params) },
  };
  const locations: Record<string, unknown>[] = [];
  if (location) locations.push(physical(location));
  if (location && !own)
    locations[0]!.message = { text: 'A finding about the whole project, shown at one of its files.' };
  if (d.component) {
    if (!locations.length) locations.push({});
    locations[0]!.logicalLocations = [{ fullyQualifiedName: d.component, kind: 'module' }];
  }
  if (locations.length) out.locations = locations;
  // Further places the same component is declared (a manifest and its lockfile, several workspaces).
  const related = (component?.locations ?? []).filter((l) => l !== location).slice(0, 10);
  if (related.length) out.relatedLocations = related.map((l, i) => ({ id: i + 1, ...physical(l) }));
  out.partialFingerprints = { 'stewardFinding/v1': fingerprint(d) };
  out.properties = {
    code: d.code,
    params: d.params,
    ...(d.component ? { component: d.component } : {}),
    ...(d.data !== undefined ? { data: d.data } : {}),
  };
  return out;
}

function physical(l: Location): Record<string, unknown> {
  const region: Record<string, number> = {};
  if (l.line) region.startLine = l.line;
  if (l.line && l.column) region.startColumn = l.column;
  return {
    physicalLocation: {
      artifactLocation: { uri: encodeURI(l.file), uriBaseId: '%SRCROOT%' },
      ...(l.line ? { region } : {}),
    },
  };
}

/** Stable across runs and line moves: code, package without version, and the advisory or license. */
function fingerprint(d: Diagnostic): string {
  const pkg = d.component ? d.component.replace(/@[^?#]*/, '') : (d.location?.file ?? '');
  const what = d.params.id ?? d.params.license ?? d.params.target ?? d.params.rule ?? '';
  return `${d.code}|${pkg}|${what}`;
}
