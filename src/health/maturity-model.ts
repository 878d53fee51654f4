// The maturity model: stages in order (e.g. sandbox → incubating → graduated), each with criteria
// over named health metrics. Parsed from YAML (the shipped default or a user's file) and evaluated
// here; an unknown metric value (e.g. history on a shallow clone) never counts as met.
import { parse } from 'yaml';

export type Op = 'gte' | 'lte' | 'eq';
export type MetricValue = number | boolean | null;

export interface Criterion {
  id: string;
  metric: string;
  op: Op;
  value: number | boolean;
  text: { en: string; 'zh-CN': string };
}

export interface Stage {
  id: string;
  title: { en: string; 'zh-CN': string };
  criteria: Criterion[];
}

export interface MaturityModel {
  name: string;
  stages: Stage[];
}

export class ModelError extends Error {
  constructor(readonly detail: string) {
    super(detail);
    this.name = 'ModelError';
  }
}

const OPS: Op[] = ['gte', 'lte', 'eq'];

function bilingual(v: unknown, where: string): { en: string; 'zh-CN': string } {
  const o = (v ?? {}) as Record<string, unknown>;
  if (typeof o.en !== 'string' || typeof o['zh-CN'] !== 'string')
    throw new ModelError(`${where}: needs text in both "en" and "zh-CN"`);
  return { en: o.en, 'zh-CN': o['zh-CN'] };
}

function criterion(v: unknown, where: string): Criterion {
  const c = (v ?? {}) as Record<string, unknown>;
  if (typeof c.id !== 'string' || typeof c.metric !== 'string')
    throw new ModelError(`${where}: needs id and metric`);
  if (!OPS.includes(c.op as Op)) throw new ModelError(`${where}: op must be one of ${OPS.join(', ')}`);
  if (typeof c.value !== 'number' && typeof c.value !== 'boolean')
    throw new ModelError(`${where}: value must be a number or a boolean`);
  return {
    id: c.id,
    metric: c.metric,
    op: c.op as Op,
    value: c.value,
    text: bilingual(c.text, `${where}.text`),
  };
}

/** Parses and checks a model; `source` names the file in errors. */
export function parseModel(text: string, source: string): MaturityModel {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (err) {
    throw new ModelError(`${source}: ${(err as Error).message.split('\n')[0]}`);
  }
  const d = (doc ?? {}) as Record<string, unknown>;
  if (!Array.isArray(d.stages) || d.stages.length === 0)
    throw new ModelError(`${source}: needs a non-empty "stages" list`);
  const stages = d.stages.map((s: unknown, i: number) => {
    const o = (s ?? {}) as Record<string, unknown>;
    const where = `${source}: stages[${i}]`;
    if (typeof o.id !== 'string') throw new ModelError(`${where}: needs an id`);
    if (!Array.isArray(o.criteria)) throw new ModelError(`${where}: needs a criteria list`);
    return {
      id: o.id,
      title: bilingual(o.title, `${where}.title`),
      criteria: o.criteria.map((c: unknown, j: number) => criterion(c, `${where}.criteria[${j}]`)),
    };
  });
  return { name: typeof d.name === 'string' ? d.name : source, stages };
}

export interface CriterionResult {
  stage: string;
  id: string;
  metric: string;
  op: Op;
  expected: number | boolean;
  actual: MetricValue | undefined;
  /** 'unknown' when the metric has no value here (shallow clone, no data, unknown name). */
  status: 'met' | 'unmet' | 'unknown';
  text: { en: string; 'zh-CN': string };
}

export interface MaturityResult {
  model: string;
  /** The highest stage whose criteria, and those of every earlier stage, are all met. */
  stage: string | null;
  next: string | null;
  stageTitle: { en: string; 'zh-CN': string } | null;
  nextTitle: { en: string; 'zh-CN': string } | null;
  /** Criteria that keep the project from the next stage (or from the first one). */
  unmet: CriterionResult[];
  criteria: CriterionResult[];
}

function check(c: Criterion, actual: MetricValue | undefined): CriterionResult['status'] {
  if (actual === null || actual === undefined) return 'unknown';
  if (c.op === 'eq') return actual === c.value ? 'met' : 'unmet';
  if (typeof actual !== 'number' || typeof c.value !== 'number') return 'unknown';
  return (c.op === 'gte' ? actual >= c.value : actual <= c.value) ? 'met' : 'unmet';
}

export function evaluateModel(model: MaturityModel, metrics: Record<string, MetricValue>): MaturityResult {
  const results = model.stages.map((s) =>
    s.criteria.map((c): CriterionResult => {
      const actual = metrics[c.metric];
      return {
        stage: s.id,
        id: c.id,
        metric: c.metric,
        op: c.op,
        expected: c.value,
        actual,
        status: check(c, actual),
        text: c.text,
      };
    }),
  );
  let reached = -1;
  while (reached + 1 < results.length && results[reached + 1]!.every((r) => r.status === 'met')) reached++;
  const next = model.stages[reached + 1];
  return {
    model: model.name,
    stage: reached >= 0 ? model.stages[reached]!.id : null,
    next: next?.id ?? null,
    stageTitle: reached >= 0 ? model.stages[reached]!.title : null,
    nextTitle: next?.title ?? null,
    unmet: next ? results[reached + 1]!.filter((r) => r.status !== 'met') : [],
    criteria: results.flat(),
  };
}
