// The maturity model: the shipped default parses and refers only to metrics a report has; stages
// are reached in order; unknown values never count as met; malformed models name the problem.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_YAML } from './default-model.js';
import { evaluateModel, ModelError, parseModel } from './maturity-model.js';
import { emailDomain, organizationOf } from './organizations.js';

const REPORT_METRICS = [
  'commits.total',
  'commits.window',
  'contributors.total',
  'contributors.active',
  'contributors.new',
  'contributors.growthRate',
  'busFactor',
  'elephantFactor',
  'organizations.count',
  'organizations.active',
  'releases.count',
  'releases.inLastYear',
  'releases.daysSinceLast',
  'releases.semverRatio',
  'releases.semverOrderRatio',
  'changeRequests.merged',
  'history.days',
];
const PRACTICES = ['license', 'security-policy', 'contributing', 'code-of-conduct', 'governance', 'ci'];

const model = parseModel(DEFAULT_MODEL_YAML, 'default-model');

describe('default maturity model', () => {
  it('has three stages, each criterion over a metric the report provides, in both languages', () => {
    expect(model.stages.map((s) => s.id)).toEqual(['sandbox', 'incubating', 'graduated']);
    const known = new Set([...REPORT_METRICS, ...PRACTICES.map((p) => `practice.${p}`)]);
    for (const c of model.stages.flatMap((s) => s.criteria)) {
      expect(known.has(c.metric), c.metric).toBe(true);
      expect(c.text.en && c.text['zh-CN'], c.id).toBeTruthy();
    }
  });

  it('reaches stages in order and lists what blocks the next one', () => {
    const r = evaluateModel(model, {
      'practice.license': true,
      'commits.window': 40,
      'contributors.active': 4,
      busFactor: 1,
      'releases.count': 3,
      'releases.daysSinceLast': 30,
      'practice.contributing': true,
      'practice.code-of-conduct': true,
      'practice.ci': true,
    });
    expect(r.stage).toBe('sandbox');
    expect(r.unmet.map((c) => [c.id, c.status])).toEqual([['bus-factor', 'unmet']]);
  });

  it('treats an unknown value as not met', () => {
    const r = evaluateModel(model, { 'practice.license': true, 'commits.window': null });
    expect(r.stage).toBeNull();
    expect(r.next).toBe('sandbox');
    expect(r.unmet).toMatchObject([{ id: 'recent-activity', status: 'unknown' }]);
  });
});

describe('model parsing', () => {
  it('names the problem in a malformed model', () => {
    expect(() => parseModel('stages: [{ id: x, title: { en: X }, criteria: [] }]', 'm.yaml')).toThrow(
      /m.yaml: stages\[0\].title: needs text in both "en" and "zh-CN"/,
    );
    expect(() =>
      parseModel(
        'stages: [{ id: x, title: { en: X, zh-CN: X }, criteria: [{ id: a, metric: b, op: gt, value: 1 }] }]',
        'm.yaml',
      ),
    ).toThrow(ModelError);
    expect(() => parseModel('stages: [', 'm.yaml')).toThrow(/^m.yaml: /);
  });
});

describe('organisations from email domains', () => {
  const map = new Map([['huawei.com', 'Huawei']]);
  it('counts free-mail and no-reply addresses as individuals and lets the map win', () => {
    for (const email of [
      'a@gmail.com',
      'b@qq.com',
      'c@163.com',
      'd@126.com',
      'e@outlook.com',
      'f@foxmail.com',
      '1+x@users.noreply.github.com',
    ])
      expect(organizationOf(email, map), email).toBe('(individual)');
    expect(organizationOf('g@cn.huawei.com', map)).toBe('Huawei');
    expect(organizationOf('h@Example.ORG', map)).toBe('example.org');
    expect(organizationOf('not-an-email', map)).toBe('(unknown)');
    expect(organizationOf('x@gmail.com', new Map([['gmail.com', 'Google fans']]))).toBe('Google fans');
    expect(emailDomain('a@b@c.example')).toBe('c.example');
  });
});
