// Which distribution a spec file is written for, to choose the purl namespace. rpm itself cannot
// know (the dist tag comes from the build host), so Steward looks for signs that only one
// distribution's specs carry, and otherwise uses the neutral namespace `rpm`.

const SIGNS: [RegExp, string][] = [
  [/openeuler/i, 'openeuler'],
  [/%(?:package_help|delete_la|ldconfig_scriptlets)\b|\bopeneuler\b/i, 'openeuler'],
  [/\banolis(?:_release)?\b|\ban\d+\b|openanolis/i, 'anolis'],
];

export function distroHint(specPath: string, text: string): string {
  if (/(?:^|\/)src-openeuler\/|openeuler/i.test(specPath)) return 'openeuler';
  if (/anolis/i.test(specPath)) return 'anolis';
  for (const [re, ns] of SIGNS) if (re.test(text)) return ns;
  return 'rpm';
}
