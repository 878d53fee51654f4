// Recognises merged change requests from the commit messages forges write when they merge one:
// GitHub's "Merge pull request #N from …", Gitee's "!N …" / "Merge pull request !N from …", and
// GitHub's squash merges ending in "(#N)". GitLab's merge commits are
// recognised by their quoted target branch.
export type ChangeRequestStyle = 'github' | 'gitee' | 'gitlab' | 'github-squash';

const GITHUB_MERGE = /^Merge pull request #\d+ from /;
const GITEE_MERGE = /^(?:Merge pull request )?!\d+(?:\s|:|$)/;
// GitLab quotes both branches (git itself never quotes the target): Merge branch 'a' into 'main'.
const GITLAB_MERGE = /^Merge branch '[^']+' into '[^']+'$/;
const GITHUB_SQUASH = /\(#\d+\)\s*$/;

export function classifyChangeRequest(subject: string, parentCount: number): ChangeRequestStyle | undefined {
  if (parentCount > 1) {
    if (GITHUB_MERGE.test(subject)) return 'github';
    if (GITEE_MERGE.test(subject)) return 'gitee';
    if (GITLAB_MERGE.test(subject)) return 'gitlab';
    return undefined;
  }
  if (GITEE_MERGE.test(subject)) return 'gitee';
  if (GITHUB_SQUASH.test(subject)) return 'github-squash';
  return undefined;
}
