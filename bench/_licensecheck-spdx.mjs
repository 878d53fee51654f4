// licensecheck's `--shortname-scheme=spdx` answers ("MIT and/or Apache-2.0", "UNKNOWN") as SPDX
// expressions, so both license benchmarks compare its answers with Steward's the same way.

/** `normalise` is Steward's normaliseExpression from dist/, loaded by the caller after a build. */
export function licensecheckToSpdx(license, normalise) {
  if (/UNKNOWN/.test(license)) return null;
  const expr = license
    .replace(/ and\/or /g, ' OR ')
    .replace(/ and /g, ' AND ')
    .replace(/ or /g, ' OR ');
  return normalise(expr).expression ?? license;
}
