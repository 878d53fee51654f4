// The list of commands. Adding a command means adding a module beside this file and one entry
// here; modules load only when their command runs.
import type { CommandModule } from '../command.js';

export interface CommandEntry {
  name: string;
  summary: { en: string; 'zh-CN': string };
  load: () => Promise<CommandModule>;
}

export const COMMANDS: CommandEntry[] = [
  {
    name: 'scan',
    summary: {
      en: 'Inventory a directory (or one lockfile) and report it',
      'zh-CN': '清点一个目录（或单个锁文件）中的依赖并输出报告',
    },
    load: async () => (await import('./scan.js')).command,
  },
  {
    name: 'licenses',
    summary: {
      en: 'Detect licenses in a tree and check them against an outbound license',
      'zh-CN': '检测目录中的许可证并检查与对外许可证的兼容性',
    },
    load: async () => (await import('./licenses.js')).command,
  },
  {
    name: 'notice',
    summary: {
      en: 'Write an attribution file with license texts and copyright lines',
      'zh-CN': '生成包含许可证文本和版权声明的第三方声明文件',
    },
    load: async () => (await import('./notice.js')).command,
  },
  {
    name: 'audit',
    summary: {
      en: 'Check components against known vulnerabilities (offline, local OSV database)',
      'zh-CN': '对照已知漏洞检查组件（离线，使用本地 OSV 数据库）',
    },
    load: async () => (await import('./audit.js')).command,
  },
  {
    name: 'db',
    summary: {
      en: 'Manage the local vulnerability database: import, pull, status',
      'zh-CN': '管理本地漏洞数据库：导入、拉取、查看状态',
    },
    load: async () => (await import('./db.js')).command,
  },
  {
    name: 'health',
    summary: {
      en: 'Project health and maturity from git history: contributors, organisations, releases, practices',
      'zh-CN': '根据 git 历史评估项目健康度和成熟度：贡献者、组织、发布、实践',
    },
    load: async () => (await import('./health.js')).command,
  },
  {
    name: 'arch',
    summary: {
      en: 'Check whether a tree and its dependencies build and run on an architecture (default loong64)',
      'zh-CN': '检查目录及其依赖能否在某一架构上构建和运行（默认 loong64）',
    },
    load: async () => (await import('./arch.js')).command,
  },
];

export const DEFAULT_COMMAND = 'scan';

export function findCommand(name: string): CommandEntry | undefined {
  return COMMANDS.find((c) => c.name === name);
}
