// Merged change requests from the merge-commit messages each forge writes.
import { describe, expect, it } from 'vitest';
import { classifyChangeRequest } from './change-requests.js';

describe('classifyChangeRequest', () => {
  it('recognises each forge from its merge commit subject', () => {
    expect(classifyChangeRequest('Merge pull request #4521 from user/fix-build', 2)).toBe('github');
    expect(classifyChangeRequest('!128 修复构建脚本', 2)).toBe('gitee');
    expect(classifyChangeRequest('Merge pull request !128 from user/master', 2)).toBe('gitee');
    expect(classifyChangeRequest("Merge branch 'feature-x' into 'main'", 2)).toBe('gitlab');
    expect(classifyChangeRequest('Handle empty input (#13)', 1)).toBe('github-squash');
  });

  it('leaves ordinary merges and commits alone', () => {
    expect(classifyChangeRequest("Merge branch 'feature-x'", 2)).toBeUndefined();
    expect(classifyChangeRequest("Merge branch 'feature-x' into next", 2)).toBeUndefined();
    expect(classifyChangeRequest('Fix issue #13', 1)).toBeUndefined();
    expect(classifyChangeRequest('Merge pull request #5 from a/b', 1)).toBeUndefined();
  });
});
