// Lint rules, including the layering rules from docs/architecture.md: core does no I/O and imports
// nothing above it; ecosystem plugins import core and util, never each other; only the CLI prints.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const restrict = (patterns) => ['error', { patterns }];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      '.tools/**',
      'node_modules/**',
      'coverage/**',
      '**/__fixtures__/**',
      'examples/**',
      'bench/.cache/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['node:fs', 'node:fs/*', 'fs', 'node:child_process', 'node:net', 'node:http', 'node:https'],
          message: 'core does no I/O',
        },
        { group: ['../*/**', '!../core/**'], message: 'core imports nothing above it' },
      ]),
    },
  },
  {
    files: ['src/ecosystems/*/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['../*/**', '!../../core/**', '!../../util/**'],
          message: 'plugins import core and util, never each other',
        },
        {
          group: ['../../pipeline/**', '../../cli/**', '../../report/**'],
          message: 'plugins do not import the pipeline, CLI or reporters',
        },
      ]),
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**', 'src/**/*.test.ts'],
    rules: {
      'no-console': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'exit', message: 'only the CLI exits' },
        { object: 'process', property: 'stdout', message: 'only the CLI prints' },
        { object: 'process', property: 'stderr', message: 'only the CLI prints' },
      ],
    },
  },
);
