// The Mulan license family (木兰许可证) as facts plus identifying rules. Only PSL v1/v2 have SPDX
// ids and texts; PubL v1/v2 and the four Mulan Open Works License v1 variants are identified here
// from their titles (Chinese and English), official URLs under license.coscl.org.cn, short names
// and clause headings. Ids without SPDX entries are LicenseRef- ids (docs/decisions/mulan-ids.md).
import { classify } from './categories.js';
import type { LicenseInfo } from './types.js';

interface MulanFacts {
  id: string;
  en: string;
  zh: string;
  url: string;
  osi: boolean;
  aliases: string[];
  /** Compact markers (lower-case, no spaces or punctuation) that name this license and no other. */
  markers: string[];
}

export const MULAN: MulanFacts[] = [
  {
    id: 'MulanPSL-1.0',
    en: 'Mulan Permissive Software License, Version 1',
    zh: '木兰宽松许可证，第1版',
    url: 'http://license.coscl.org.cn/MulanPSL',
    osi: false,
    aliases: [
      'Mulan PSL v1',
      'MulanPSLv1',
      'MulanPSL1',
      'MulanPSL-1',
      '木兰宽松许可证第1版',
      'LicenseRef-scancode-mulanpsl-1.0',
    ],
    markers: [
      'mulanpslv1',
      'mulanpsl10',
      'mulanpermissivesoftwarelicenseversion1',
      '木兰宽松许可证第1版',
      '木兰宽松许可证第一版',
    ],
  },
  {
    id: 'MulanPSL-2.0',
    en: 'Mulan Permissive Software License, Version 2',
    zh: '木兰宽松许可证，第2版',
    url: 'http://license.coscl.org.cn/MulanPSL2',
    osi: true,
    aliases: [
      'Mulan PSL v2',
      'MulanPSLv2',
      'MulanPSL2',
      'MulanPSL-2',
      '木兰宽松许可证第2版',
      'LicenseRef-scancode-mulanpsl-2.0',
    ],
    markers: [
      'mulanpslv2',
      'mulanpsl20',
      'mulanpsl2',
      'mulanpermissivesoftwarelicenseversion2',
      '木兰宽松许可证第2版',
      '木兰宽松许可证第二版',
    ],
  },
  {
    id: 'LicenseRef-MulanPubL-1.0',
    en: 'Mulan Public License, Version 1',
    zh: '木兰公共许可证，第1版',
    url: 'http://license.coscl.org.cn/MulanPubL-1.0',
    osi: false,
    aliases: [
      'Mulan PubL v1',
      'MulanPubLv1',
      'MulanPubL-1.0',
      '木兰公共许可证第1版',
      'LicenseRef-scancode-mulanpubl-1.0',
    ],
    markers: [
      'mulanpublv1',
      'mulanpubl10',
      'mulanpubliclicenseversion1',
      '木兰公共许可证第1版',
      '木兰公共许可证第一版',
    ],
  },
  {
    id: 'LicenseRef-MulanPubL-2.0',
    en: 'Mulan Public License, Version 2',
    zh: '木兰公共许可证，第2版',
    url: 'http://license.coscl.org.cn/MulanPubL-2.0',
    osi: true,
    aliases: [
      'Mulan PubL v2',
      'MulanPubLv2',
      'MulanPubL-2.0',
      '木兰公共许可证第2版',
      'LicenseRef-scancode-mulanpubl-2.0',
    ],
    markers: [
      'mulanpublv2',
      'mulanpubl20',
      'mulanpubliclicenseversion2',
      '木兰公共许可证第2版',
      '木兰公共许可证第二版',
    ],
  },
  ...(
    [
      ['BY', '', '署名', 'Attribution'],
      ['BY-PL', 'pl', '署名-专利许可', 'Attribution-PatentLicensed'],
      ['BY-SA', 'sa', '署名-相同方式共享', 'Attribution-ShareAlike'],
      ['BY-PL-SA', 'plsa', '署名-专利许可-相同方式共享', 'Attribution-PatentLicensed-ShareAlike'],
    ] as const
  ).map(([short, compact, zhVariant, enVariant]) => ({
    id: `LicenseRef-MulanOWL-${short}-1.0`,
    en: `Mulan Open Works License ${enVariant}, Version 1`,
    zh: `木兰开放作品许可协议 ${zhVariant}，第1版`,
    url: `http://license.coscl.org.cn/MulanOWL${short.replace(/-/g, '')}v1`,
    osi: false,
    aliases: [`MulanOWL ${short} v1`, `MulanOWL ${short}`, `MulanOWL-${short}-1.0`],
    markers: [
      `mulanowlby${compact}v1`,
      `mulanowlby${compact}`,
      `木兰开放作品许可协议${zhVariant.replace(/-/g, '')}第1版`,
      `mulanopenworkslicense${enVariant.toLowerCase().replace(/-/g, '')}version1`,
    ],
  })),
];

/** Clause headings of Mulan license texts (compact form); several of them mean a full text. */
export const MULAN_HEADINGS = [
  '授予版权许可',
  '授予专利许可',
  '无商标许可',
  '分发限制',
  '免责声明与责任限制',
  '违约与终止',
  'grantofcopyrightlicense',
  'grantofpatentlicense',
  'notrademarklicense',
  'distributionrestriction',
  'disclaimerofwarrantyandlimitationofliability',
  'breachandtermination',
];

export function mulanInfos(): LicenseInfo[] {
  return MULAN.map((m) => ({
    id: m.id,
    name: { en: m.en, zh: m.zh },
    ...classify(m.id),
    osiApproved: m.osi,
    url: m.url,
    aliases: m.aliases,
  }));
}
