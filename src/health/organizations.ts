// Maps a contributor's email to an organisation. Free-mail and forge no-reply domains mean "an
// individual"; a user-supplied map of domains to organisations wins over both, and matches
// subdomains (cn.example.com counts as example.com when only example.com is mapped).
export const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com',
  'googlemail.com',
  'qq.com',
  'vip.qq.com',
  'foxmail.com',
  '163.com',
  '126.com',
  'yeah.net',
  'sina.com',
  'sina.cn',
  'sohu.com',
  'aliyun.com',
  '139.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'yahoo.co.jp',
  'icloud.com',
  'me.com',
  'mac.com',
  'protonmail.com',
  'proton.me',
  'gmx.de',
  'gmx.net',
  'web.de',
  'mail.ru',
  'yandex.ru',
  'users.noreply.github.com',
  'noreply.gitee.com',
  'user.noreply.gitee.com',
  'users.noreply.gitlab.com',
  'noreply.gitcode.com',
  'localhost',
]);

export const INDIVIDUAL = '(individual)';
export const UNKNOWN = '(unknown)';

export type OrgMap = ReadonlyMap<string, string>;

export function emailDomain(email: string): string | undefined {
  const at = email.lastIndexOf('@');
  if (at < 0) return undefined;
  const domain = email
    .slice(at + 1)
    .trim()
    .toLowerCase()
    .replace(/\.$/, '');
  return domain.includes('.') || domain === 'localhost' ? domain : undefined;
}

function lookup(domain: string, map: OrgMap): string | undefined {
  for (let d = domain; d; d = d.slice(d.indexOf('.') + 1 || d.length)) {
    const hit = map.get(d);
    if (hit) return hit;
    if (!d.includes('.')) break;
  }
  return undefined;
}

/** The organisation an email belongs to: mapped name, the domain itself, INDIVIDUAL or UNKNOWN. */
export function organizationOf(email: string, map: OrgMap): string {
  const domain = emailDomain(email);
  if (!domain) return UNKNOWN;
  const mapped = lookup(domain, map);
  if (mapped) return mapped;
  if (FREE_MAIL_DOMAINS.has(domain) || /(?:^|\.)noreply\./.test(domain)) return INDIVIDUAL;
  return domain;
}

/** Parses a domain map: YAML or JSON object `{ "example.com": "Example Inc." }`. */
export function orgMapFrom(data: unknown): Map<string, string> | string {
  if (!data || typeof data !== 'object' || Array.isArray(data))
    return 'expected a mapping of domains to organisation names';
  const map = new Map<string, string>();
  for (const [domain, org] of Object.entries(data as Record<string, unknown>)) {
    if (typeof org !== 'string' || org.trim() === '') return `organisation for ${domain} is not a string`;
    map.set(domain.trim().toLowerCase(), org.trim());
  }
  return map;
}
