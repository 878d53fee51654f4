// Category and obligations of licenses, from the license family. The SPDX data carries no
// category, so well-known families are classified by id pattern here; anything else falls back
// to a cautious default that asks for review rather than guessing permissive.
import type { Category, Obligations } from './types.js';

interface Family {
  test: RegExp;
  category: Category;
  obligations: Partial<Obligations>;
}

const PERMISSIVE_NOTICE = { attribution: true, notice: true };

/** Ordered: the first matching family wins. Anchored patterns over short ids: no backtracking risk. */
const FAMILIES: Family[] = [
  {
    test: /^AGPL-/,
    category: 'network-copyleft',
    obligations: {
      ...PERMISSIVE_NOTICE,
      sourceDisclosure: true,
      networkUse: true,
      sameLicense: true,
      patentGrant: true,
    },
  },
  {
    test: /^(SSPL-|OSL-|RPL-|CPAL-)/,
    category: 'network-copyleft',
    obligations: { ...PERMISSIVE_NOTICE, sourceDisclosure: true, networkUse: true, sameLicense: true },
  },
  {
    test: /^LicenseRef-MulanPubL-/,
    category: 'strong-copyleft',
    obligations: {
      ...PERMISSIVE_NOTICE,
      sourceDisclosure: true,
      sameLicense: true,
      patentGrant: true,
      patentRetaliation: true,
    },
  },
  {
    test: /^(GPL-|EUPL-|CECILL-2|CECILL-1|Sleepycat|QPL-|copyleft-next)/,
    category: 'strong-copyleft',
    obligations: { ...PERMISSIVE_NOTICE, sourceDisclosure: true, sameLicense: true },
  },
  {
    test: /^(LGPL-|LGPLLR|MPL-|EPL-|CDDL-|CPL-|IPL-|MS-RL|CECILL-C|APSL-|ErlPL|SPL-|NPL-|OpenSSL-standalone)/,
    category: 'weak-copyleft',
    obligations: { ...PERMISSIVE_NOTICE, sourceDisclosure: true, sameLicense: true },
  },
  {
    test: /^(CC0-|Unlicense|0BSD|WTFPL|PDDL-|CC-PDDC|MIT-0|SAX-PD|blessing)/,
    category: 'public-domain',
    obligations: {},
  },
  {
    test: /^(CC-BY-SA-|CC-BY-NC|CC-BY-ND|LicenseRef-MulanOWL-BY-SA|LicenseRef-MulanOWL-BY-PL-SA)/,
    category: 'content',
    obligations: { ...PERMISSIVE_NOTICE, sameLicense: true },
  },
  {
    test: /^(CC-BY-|GFDL-|OFL-|FDL|LicenseRef-MulanOWL-|CC-PDM|ODbL|ODC-By|CDLA-|OGL-)/,
    category: 'content',
    obligations: PERMISSIVE_NOTICE,
  },
  {
    test: /^(Apache-|MulanPSL-|ECL-2|BSD-2-Clause-Patent|UPL-)/,
    category: 'permissive',
    obligations: { ...PERMISSIVE_NOTICE, patentGrant: true, patentRetaliation: true },
  },
  {
    test: /^(MIT|BSD|ISC|X11|Zlib|zlib|PostgreSQL|NCSA|BSL-1|Python-|PSF-|Artistic-|Ruby|PHP-|OpenSSL|curl|AFL-|Unicode|W3C|Beerware|libpng|Libpng|HPND|ICU|JSON|BlueOak|Boost|BSL|Vim|Zend|FTL|IJG|Info-ZIP|NTP|TCL|X11|Xnet|OLDAP|EFL|Fair|Naumen|AML|ADSL|MirOS|Multics|UPL|Entessa|Intel|NASA|W3C)/,
    category: 'permissive',
    obligations: PERMISSIVE_NOTICE,
  },
  {
    test: /^(BUSL-|Elastic-|PolyForm|SSPL|Commons-Clause|LicenseRef-)/,
    category: 'proprietary-or-unknown',
    obligations: PERMISSIVE_NOTICE,
  },
];

const NONE: Obligations = {
  attribution: false,
  notice: false,
  sourceDisclosure: false,
  networkUse: false,
  patentGrant: false,
  patentRetaliation: false,
  sameLicense: false,
};

export function classify(id: string): { category: Category; obligations: Obligations } {
  const family = FAMILIES.find((f) => f.test.test(id));
  if (!family)
    return { category: 'proprietary-or-unknown', obligations: { ...NONE, attribution: true, notice: true } };
  return { category: family.category, obligations: { ...NONE, ...family.obligations } };
}
