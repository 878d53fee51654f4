// The shipped default maturity model, kept as YAML text in a TypeScript module so the build
// ships it inside dist/ with no copy step; it is parsed at run time exactly like a user's
// --model file. Loosely modelled on the Apache project maturity model and the public sandbox /
// incubation / graduation criteria of open-source foundations, reduced to what git can show.
export const DEFAULT_MODEL_YAML = `
name: steward-default
stages:
  - id: sandbox
    title: { en: Sandbox, zh-CN: 沙箱 }
    criteria:
      - id: license
        metric: practice.license
        op: eq
        value: true
        text: { en: A license file is committed, zh-CN: 仓库中提交了许可证文件 }
      - id: recent-activity
        metric: commits.window
        op: gte
        value: 1
        text: { en: At least one commit in the window, zh-CN: 统计窗口内至少有一次提交 }
  - id: incubating
    title: { en: Incubating, zh-CN: 孵化中 }
    criteria:
      - id: active-contributors
        metric: contributors.active
        op: gte
        value: 3
        text: { en: At least 3 active contributors in the window, zh-CN: 统计窗口内至少有 3 名活跃贡献者 }
      - id: bus-factor
        metric: busFactor
        op: gte
        value: 2
        text: { en: Bus factor of at least 2, zh-CN: 巴士因子至少为 2 }
      - id: released
        metric: releases.count
        op: gte
        value: 1
        text: { en: At least one release tag, zh-CN: 至少有一个发布标签 }
      - id: recent-release
        metric: releases.daysSinceLast
        op: lte
        value: 365
        text: { en: A release within the last year, zh-CN: 最近一年内有发布 }
      - id: contributing
        metric: practice.contributing
        op: eq
        value: true
        text: { en: Contribution guide (CONTRIBUTING), zh-CN: 有贡献指南（CONTRIBUTING） }
      - id: code-of-conduct
        metric: practice.code-of-conduct
        op: eq
        value: true
        text: { en: Code of conduct, zh-CN: 有行为准则 }
      - id: ci
        metric: practice.ci
        op: eq
        value: true
        text: { en: Continuous integration configured, zh-CN: 配置了持续集成 }
  - id: graduated
    title: { en: Graduated, zh-CN: 已毕业 }
    criteria:
      - id: active-contributors
        metric: contributors.active
        op: gte
        value: 10
        text: { en: At least 10 active contributors in the window, zh-CN: 统计窗口内至少有 10 名活跃贡献者 }
      - id: bus-factor
        metric: busFactor
        op: gte
        value: 3
        text: { en: Bus factor of at least 3, zh-CN: 巴士因子至少为 3 }
      - id: organizations
        metric: organizations.active
        op: gte
        value: 3
        text: { en: Contributors from at least 3 organisations in the window, zh-CN: 统计窗口内贡献者至少来自 3 个组织 }
      - id: elephant-factor
        metric: elephantFactor
        op: gte
        value: 2
        text: { en: No single organisation authors half of the organisations' commits (elephant factor ≥ 2), zh-CN: 没有单一组织贡献一半以上的组织提交（大象因子 ≥ 2） }
      - id: newcomers
        metric: contributors.new
        op: gte
        value: 1
        text: { en: New contributors joined in the window, zh-CN: 统计窗口内有新贡献者加入 }
      - id: security-policy
        metric: practice.security-policy
        op: eq
        value: true
        text: { en: Security policy (SECURITY.md), zh-CN: 有安全策略（SECURITY.md） }
      - id: governance
        metric: practice.governance
        op: eq
        value: true
        text: { en: Governance or maintainers file, zh-CN: 有治理或维护者文件 }
      - id: release-cadence
        metric: releases.inLastYear
        op: gte
        value: 2
        text: { en: At least 2 releases in the last year, zh-CN: 最近一年内至少发布 2 次 }
      - id: semver
        metric: releases.semverRatio
        op: gte
        value: 0.8
        text: { en: At least 80% of tags are semantic versions, zh-CN: 至少 80% 的标签是语义化版本 }
      - id: semver-order
        metric: releases.semverOrderRatio
        op: gte
        value: 0.95
        text:
          en: Versions only go up within each release line (at least 95% of semantic-version tags)
          zh-CN: 每条发布线内版本只增不减（至少 95% 的语义化版本标签）
      - id: history
        metric: history.days
        op: gte
        value: 365
        text: { en: At least one year of history, zh-CN: 至少有一年的提交历史 }
`;
