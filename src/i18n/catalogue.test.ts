import { describe, expect, it } from 'vitest';
import { CODES } from '../core/codes.js';
import { catalogue, detectLang, translate } from './catalogue.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('have the same keys in English and Chinese', () => {
    expect(Object.keys(catalogue('zh-CN')).sort()).toEqual(Object.keys(catalogue('en')).sort());
  });

  it('have a message for every diagnostic code', () => {
    for (const code of Object.keys(CODES)) {
      expect(catalogue('en')[code as keyof typeof CODES], code).toBeTruthy();
      expect(catalogue('zh-CN')[code as keyof typeof CODES], code).toBeTruthy();
    }
  });

  it('use the same placeholders in both languages', () => {
    const en = catalogue('en') as Record<string, string>;
    const zh = catalogue('zh-CN') as Record<string, string>;
    for (const key of Object.keys(en)) expect(placeholders(zh[key]!), key).toEqual(placeholders(en[key]!));
  });

  it('translate with parameters and pick the language from the locale', () => {
    expect(translate('zh-CN', 'file/not-a-file', { file: 'a.json' })).toBe('a.json：不是普通文件');
    expect(detectLang(undefined, [undefined, undefined, 'zh_CN.UTF-8'])).toBe('zh-CN');
    expect(detectLang(undefined, ['C.UTF-8', 'zh_CN.UTF-8'])).toBe('en');
    expect(detectLang('zh-CN', ['en_US.UTF-8'])).toBe('zh-CN');
  });
});
