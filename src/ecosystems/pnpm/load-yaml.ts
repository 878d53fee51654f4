// Parses pnpm-lock.yaml text into plain values, fast. pnpm itself reads and writes lockfiles with
// js-yaml; `yaml`'s parse took 2.4-3 s on a real 5,000-package lockfile (1.8 MB) where js-yaml
// takes under 0.2 s, so this module uses js-yaml (see readme.md). pnpm 11 and later may put an
// "env" document (config dependencies) before the project's lockfile, separated by `---`; the
// project's document is the last one.
import jsYaml from 'js-yaml';
import { FileError } from '../../core/plugin.js';

export interface LoadedDocument {
  value: unknown;
  /** 1-based line where the chosen document starts. */
  firstLine: number;
  /** How many documents the file holds. */
  documents: number;
}

/** Line numbers (1-based) of `---` lines that start a document. */
function documentStarts(text: string): number[] {
  const starts: number[] = [];
  let line = 1;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (text.startsWith('---', start) && /^---\s*(#.*)?\r?$/.test(text.slice(start, end))) starts.push(line);
    line++;
    start = end + 1;
  }
  return starts;
}

/** js-yaml's message without the excerpt it appends, and its 1-based line. */
function yamlFailure(err: unknown, file: string): FileError {
  if (err instanceof jsYaml.YAMLException) {
    const line = err.mark ? err.mark.line + 1 : undefined;
    return new FileError('parse-error', file, err.reason || err.message.split('\n')[0], line);
  }
  return new FileError('parse-error', file, err instanceof Error ? err.message : String(err));
}

export function loadLockDocument(text: string, file: string): LoadedDocument {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const starts = documentStarts(body);
  const documents: unknown[] = [];
  try {
    // The core schema (no timestamps, no binary); `json` lets a repeated key win instead of failing,
    // as pnpm's own reader does.
    jsYaml.loadAll(body, (doc) => documents.push(doc), {
      filename: file,
      json: true,
      schema: jsYaml.CORE_SCHEMA,
    });
  } catch (err) {
    throw yamlFailure(err, file);
  }
  // Pick the last non-empty document and the line it starts at.
  let index = documents.length - 1;
  while (index > 0 && (documents[index] === null || documents[index] === undefined)) index--;
  const opener = starts[0] === 1 ? 0 : 1; // documents before the first `---` have no marker
  const firstLine = index === 0 && opener === 1 ? 1 : (starts[index - opener] ?? 1);
  return { value: documents[index] ?? null, firstLine, documents: documents.length };
}
