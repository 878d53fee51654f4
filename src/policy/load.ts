// Reads steward.yaml: YAML with line positions, schema validation, contradiction checks, then
// `extends:` (shipped presets or relative files) merged in order. Every problem is a PolicyError
// naming the file, key and line; nothing here prints or exits.
import { basename, dirname, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { readTextUnder } from '../util/fs.js';
import { findContradictions } from './contradictions.js';
import { PolicyError } from './errors.js';
import { mergePolicy } from './merge.js';
import { PRESETS } from './presets/index.js';
import { closest } from './suggest.js';
import type { Policy, VulnIgnore } from './types.js';
import { validatePolicyData } from './validate.js';
import { lineAt, LineCounter } from './yaml-positions.js';

export const DEFAULT_POLICY_FILE = 'steward.yaml';

export interface LoadedPolicy {
  /** The file it came from, as given. */
  file: string;
  policy: Policy;
}

/** Parses and validates one policy text; `extends` is returned as a list, not yet resolved. */
export function parsePolicyText(text: string, file: string): Policy {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = lines.linePos(yamlError.pos[0]).line;
    throw new PolicyError(file, '', `invalid YAML: ${yamlError.message.split('\n')[0]}`, line);
  }
  const data: unknown = doc.toJS() ?? {};
  if (typeof data !== 'object' || Array.isArray(data))
    throw new PolicyError(file, '', 'must be a mapping of sections (licenses, vulnerabilities, …)', 1);
  const problem = validatePolicyData(data)[0];
  if (problem)
    throw new PolicyError(
      file,
      problem.path.join('.'),
      problem.detail,
      lineAt(doc, lines, problem.path, problem.atKey),
    );
  const policy = data as Policy & { extends?: string | string[]; version?: number; ignore?: VulnIgnore[] };
  if (typeof policy.extends === 'string') policy.extends = [policy.extends];
  delete policy.version;
  if (policy.ignore) {
    const vulns = policy.vulnerabilities ?? {};
    policy.vulnerabilities = { ...vulns, ignore: [...policy.ignore, ...(vulns.ignore ?? [])] };
    delete policy.ignore;
  }
  const contradiction = findContradictions(policy)[0];
  if (contradiction)
    throw new PolicyError(
      file,
      contradiction.path.join('.'),
      contradiction.detail,
      lineAt(doc, lines, contradiction.path),
    );
  return policy;
}

/** Loads a policy file and everything it extends. */
export async function loadPolicy(path: string): Promise<LoadedPolicy> {
  return { file: path, policy: await loadResolved(resolve(path), path, []) };
}

async function loadResolved(abs: string, shown: string, chain: string[]): Promise<Policy> {
  if (chain.includes(abs)) throw new PolicyError(shown, 'extends', 'extends itself (a cycle)');
  let text: string;
  try {
    text = await readTextUnder(dirname(abs), basename(abs));
  } catch (err) {
    throw new PolicyError(shown, '', `cannot be read (${(err as Error).message.split('\n')[0]})`);
  }
  const own = parsePolicyText(text, shown);
  let merged: Policy = {};
  for (const [i, name] of (own.extends ?? []).entries()) {
    const preset = PRESETS[name];
    if (preset) merged = mergePolicy(merged, preset);
    else if (/\.ya?ml$/.test(name))
      merged = mergePolicy(merged, await loadResolved(resolve(dirname(abs), name), name, [...chain, abs]));
    else {
      const near = closest(name, Object.keys(PRESETS));
      const hint = near ? `; did you mean "${near}"?` : '';
      const known = Object.keys(PRESETS).join(', ');
      throw new PolicyError(shown, `extends.${i}`, `unknown preset "${name}" (presets: ${known})${hint}`);
    }
  }
  return mergePolicy(merged, own);
}

/** A preset by name, merged like `extends:` would (for --policy preset:NAME and tests). */
export function presetPolicy(name: string): Policy | undefined {
  const preset = PRESETS[name];
  return preset ? mergePolicy({}, preset) : undefined;
}
