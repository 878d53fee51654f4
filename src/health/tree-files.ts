// What the tree at HEAD shows about how a project is run: policy documents, CI configuration for
// the forges Steward knows, lockfiles and committed binaries. Reads the tree from git, so a bare
// repository answers the same as a work tree.
import { streamGitTokens, type GitExit } from './git-process.js';

export interface TreeFacts {
  /** False when git could not list the tree: the tree practices are then unknown, not failed. */
  readable: boolean;
  files: number;
  license: string[];
  security: string[];
  contributing: string[];
  codeOfConduct: string[];
  governance: string[];
  ci: Record<string, string[]>;
  lockfiles: string[];
  binaries: string[];
  binaryCount: number;
}

const DOC_DIRS = /^(?:\.github\/|\.gitee\/|\.gitcode\/|\.gitlab\/|docs?\/)?/i;
const doc = (name: string) => new RegExp(`${DOC_DIRS.source}${name}(?:\\.[a-z]+)?$`, 'i');

const RULES: {
  key: keyof Omit<TreeFacts, 'readable' | 'files' | 'ci' | 'binaries' | 'binaryCount'>;
  test: RegExp;
}[] = [
  {
    key: 'license',
    test: /^(?:LICEN[CS]E|COPYING|COPYRIGHT|LICEN[CS]E[-_.][\w.-]+)(?:\.[a-z]+)?$|^LICENSES\/[^/]+$/i,
  },
  { key: 'security', test: doc('SECURITY') },
  { key: 'contributing', test: doc('CONTRIBUTING') },
  { key: 'codeOfConduct', test: doc('(?:CODE[_-]OF[_-]CONDUCT|CONDUCT)') },
  { key: 'governance', test: doc('(?:GOVERNANCE|MAINTAINERS|OWNERS|CODEOWNERS|COMMITTERS)') },
  {
    key: 'lockfiles',
    test: /(?:^|\/)(?:package-lock\.json|npm-shrinkwrap\.json|pnpm-lock\.yaml|yarn\.lock|bun\.lockb?|Cargo\.lock|go\.sum|poetry\.lock|Pipfile\.lock|uv\.lock|pdm\.lock|composer\.lock|Gemfile\.lock|oh-package-lock\.json5|packages\.lock\.json|gradle\.lockfile|mix\.lock|pubspec\.lock|Package\.resolved|flake\.lock)$/,
  },
];

const CI: Record<string, RegExp> = {
  'github-actions': /^\.github\/workflows\/[^/]+\.ya?ml$/,
  'gitlab-ci': /^\.gitlab-ci\.ya?ml$/,
  'gitee-go': /^\.workflow\/[^/]+\.ya?ml$/,
  'gitcode-ci': /^\.gitcode\/workflows\/[^/]+\.ya?ml$|^\.gitcode-ci\.ya?ml$/,
  jenkins: /(?:^|\/)Jenkinsfile(?:\.[\w-]+)?$/,
  travis: /^\.travis\.ya?ml$/,
  'azure-pipelines': /^azure-pipelines\.ya?ml$|^\.azure-pipelines\//,
  circleci: /^\.circleci\/config\.ya?ml$/,
  'drone-woodpecker': /^\.(?:drone|woodpecker)(?:\.ya?ml|\/[^/]+\.ya?ml)$/,
};

const BINARY =
  /\.(?:exe|dll|so(?:\.\d+)*|dylib|a|o|obj|lib|class|jar|war|ear|pyc|pyo|whl|msi|deb|rpm|apk|hap|dex|node|wasm)$/i;
const KEEP = 20;

export async function readTreeFacts(cwd: string): Promise<{ facts: TreeFacts; exit: GitExit }> {
  const facts: TreeFacts = {
    readable: true,
    files: 0,
    license: [],
    security: [],
    contributing: [],
    codeOfConduct: [],
    governance: [],
    ci: {},
    lockfiles: [],
    binaries: [],
    binaryCount: 0,
  };
  const exit = await streamGitTokens(cwd, ['ls-tree', '-r', '-z', '--name-only', 'HEAD'], (path) => {
    if (!path) return;
    facts.files++;
    for (const r of RULES) if (r.test.test(path) && facts[r.key].length < KEEP) facts[r.key].push(path);
    for (const [id, re] of Object.entries(CI)) if (re.test(path)) (facts.ci[id] ??= []).push(path);
    if (BINARY.test(path)) {
      facts.binaryCount++;
      if (facts.binaries.length < KEEP) facts.binaries.push(path);
    }
  });
  return { facts, exit };
}
