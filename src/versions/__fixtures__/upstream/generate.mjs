#!/usr/bin/env node
// Records the version-ordering test vectors of tools that cannot run here (apk-tools, NuGet), from
// those projects' own test suites at pinned commits. Usage:
//   node generate.mjs              fetch from raw.githubusercontent.com (needs access to GitHub)
//   node generate.mjs --from DIR   read DIR/<owner>/<repo>/<path> (e.g. files saved by hand)
// Writes apk-tools-version.data (the upstream file, byte for byte) and nuget-vectors.tsv, one
// vector a line: `a<TAB>relation<TAB>b<TAB>source`, relation one of < = valid invalid.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

const APK = {
  repo: 'alpinelinux/apk-tools',
  commit: 'fd8f39f1d54c3b56d16a494898e5a753e2c71715',
  path: 'test/version.data',
};

const NUGET_DIR = 'test/NuGet.Core.Tests/NuGet.Versioning.Test';
const NUGET_REPO = 'NuGet/NuGet.Client';

// Each xUnit [Theory] whose [InlineData] rows are ordering or validity facts about NuGetVersion,
// and how a row becomes a vector. Left out on purpose: VersionComparisonDefaultNotEqual (it
// compares the two strings with object.Equals, not versions) and the SemanticVersion-only
// validity tests (strict SemVer, which NuGetVersion does not require).
const NUGET_FILES = [
  {
    file: 'VersionComparerTests.cs',
    commit: '70cb6afb6e901b01f678036ec77492a835b97ae0',
    theories: {
      VersionComparisonDefaultEqual: ([a, b]) => [[a, '=', b]],
      VersionComparisonDefaultLess: ([a, b]) => [[a, '<', b]],
    },
  },
  {
    file: 'SemVer201SpecTests.cs',
    commit: '05934c8157257f4a5b4ade014270dbb7fb0e05bc',
    theories: {
      SemVerSortVersion: ([a, b]) => [[a, '<', b]],
      SemVerSortRelease: ([a, b]) => [[a, '<', b]],
      SemVerSortReleaseNumeric: ([a, b]) => [[a, '<', b]],
      SemVerSortReleaseAlpha: ([a, b]) => [[a, '<', b]],
      SemVerSortNumericAlpha: ([a, b]) => [[a, '<', b]],
      SemVerSortReleaseLabelCount: ([a, b]) => [[a, '<', b]],
      SemVerSortIgnoreReleaseCasing: ([a, b]) => [[a, '=', b]],
    },
  },
  {
    file: 'NuGetVersionTest.cs',
    commit: '094d55dc186243fdea5aabd17558b5d43455d192',
    theories: {
      NuGetVersionParseStrict: ([a]) => [[a, 'valid', '']],
      ParseThrowsIfStringIsNotAValidSemVer: ([a]) => [[a, 'invalid', '']],
      ParseReadsLegacyStyleVersionNumbers: ([a, version]) => [[a, '=', version]],
      ParseReadsSemverAndHybridSemverVersionNumbers: ([a, version, release]) => [[a, '=', `${version}-${release}`]],
      ParseIgnoresLeadingAndTrailingWhitespace: ([a, version, release]) => [[a, '=', `${version}-${release}`]],
      SemVerLessThanAndGreaterThanOperatorsWorks: ([a, b]) => [[a, '<', b]],
      SemVerEqualsOperatorWorks: ([a, b]) => [[a, '=', b]],
      ToStringReturnsOriginalValueForNonSemVer2: ([a]) => [[a, 'valid', '']],
      ToStringReturnsNormalizedForSemVer2: ([a, normalized, full]) => [
        [a, '=', normalized],
        [a, '=', full],
      ],
      NuGetVersionKeepsOriginalVersionString: ([a]) => [[a, 'valid', '']],
    },
  },
  {
    file: 'SemanticVersionTests.cs',
    commit: '3937f65e3e7a6bd7929c028cd94439d9a06af5dd',
    theories: {
      SemanticVersionStrictEquality: ([a]) => [['1.2.3', '=', a]],
      SemanticVersionStrictEqualityPreRelease: ([a]) => [['1.2.3-alpha', '=', a]],
    },
  },
  {
    file: 'VersionParsingTests.cs',
    commit: '6327b5af903ea576e0e08c51af5576ae20618c6c',
    theories: {
      VersionLength: ([a]) => [[a, '=', '2.0.0']],
      FullVersionParsing: ([a]) => [[a, 'valid', '']],
    },
  },
];

async function fetchText(repo, commit, path, from) {
  if (from) return readFileSync(join(from, repo, path), 'utf8');
  const url = `https://raw.githubusercontent.com/${repo}/${commit}/${path}`;
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.text();
}

/** The string arguments of C# [InlineData("a", "b")] attributes, unescaped. */
function inlineData(line) {
  const args = [];
  for (const m of line.matchAll(/"((?:[^"\\]|\\.)*)"/g)) args.push(m[1].replace(/\\(.)/g, '$1'));
  return args;
}

/** Rows of every [Theory] named in `theories`: the InlineData lines right above `void Name(`. */
export function extractTheories(source, theories, label) {
  const out = [];
  let rows = [];
  for (const line of source.split('\n')) {
    const t = line.trim();
    if (t.startsWith('[InlineData(')) rows.push(inlineData(t));
    else if (t === '[Theory]' || t === '[Fact]' || t === '') continue;
    else {
      const m = /\bvoid\s+(\w+)\s*\(/.exec(t);
      const make = m && theories[m[1]];
      if (make) for (const r of rows) for (const v of make(r)) out.push([...v, `${label}:${m[1]}`]);
      rows = [];
    }
  }
  return out;
}

async function main() {
  const i = process.argv.indexOf('--from');
  const from = i === -1 ? undefined : process.argv[i + 1];
  writeFileSync(join(HERE, 'apk-tools-version.data'), await fetchText(APK.repo, APK.commit, APK.path, from));
  const lines = [
    `# From ${NUGET_REPO} ${NUGET_DIR} by generate.mjs; source = file@commit:theory`,
  ];
  for (const { file, commit, theories } of NUGET_FILES) {
    const text = await fetchText(NUGET_REPO, commit, `${NUGET_DIR}/${file}`, from);
    const rows = extractTheories(text, theories, `${file}@${commit.slice(0, 12)}`);
    const found = new Set(rows.map((r) => r[3].split(':')[1]));
    for (const name of Object.keys(theories))
      if (!found.has(name)) throw new Error(`${file}: no InlineData rows for ${name}`);
    lines.push(...rows.map((r) => r.join('\t')));
  }
  writeFileSync(join(HERE, 'nuget-vectors.tsv'), `${lines.join('\n')}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
