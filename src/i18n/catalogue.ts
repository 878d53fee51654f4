// Message catalogues: every diagnostic code and UI key has an English and a Chinese message.
// The type makes a missing key a compile error; a test checks the placeholders agree.
import type { Lang } from '../core/analyzer.js';
import type { DiagnosticCode } from '../core/codes.js';
import { en } from './en.js';
import { zhCN } from './zh-CN.js';

export type UiKey = `ui.${string}` | `cli.${string}`;

export type Catalogue = Record<DiagnosticCode, string> & Record<UiKey, string>;

const CATALOGUES: Record<Lang, Catalogue> = { en, 'zh-CN': zhCN };

export const LANGS: Lang[] = ['en', 'zh-CN'];

export function translate(
  lang: Lang,
  key: DiagnosticCode | UiKey,
  params: Record<string, string | number> = {},
): string {
  const template = CATALOGUES[lang][key] ?? CATALOGUES.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

export function catalogue(lang: Lang): Catalogue {
  return CATALOGUES[lang];
}

/** Pick a language from an explicit choice or locale environment values (LC_ALL, LC_MESSAGES, LANG). */
export function detectLang(explicit: string | undefined, localeValues: (string | undefined)[]): Lang {
  if (explicit) return normaliseLang(explicit) ?? 'en';
  for (const v of localeValues) {
    if (!v) continue;
    return normaliseLang(v) ?? 'en';
  }
  return 'en';
}

export function normaliseLang(value: string): Lang | undefined {
  const v = value.toLowerCase();
  if (v.startsWith('zh')) return 'zh-CN';
  if (v.startsWith('en') || v === 'c' || v.startsWith('c.') || v === 'posix') return 'en';
  return undefined;
}
