// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/out/**', 'samples/**', 'bench/rssHook.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The engine is pure: it runs unchanged in the CLI, in Excel and in a browser.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'stream', 'util', 'buffer'], message: 'src/core is pure: no Node APIs.' },
          { group: ['exceljs', 'react', 'react-dom', '@fluentui/*', '@microsoft/office-js', 'fflate', 'saxes'], message: 'src/core is pure: no workbook, UI or Office libraries.' },
          { group: ['**/workbook/**', '**/cli/**', '**/taskpane/**'], message: 'src/core imports nothing from the layers above it.' },
        ],
      }],
      'no-restricted-globals': ['error', 'Excel', 'Office', 'process', 'Buffer', 'require'],
    },
  },
  {
    // The Office adapter runs in the task pane, inside Excel or a browser: no Node, and no .xlsx package code.
    files: ['src/workbook/office/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'stream', 'util', 'buffer'], message: 'the Office adapter runs in the task pane: no Node APIs.' },
          { group: ['exceljs', 'fflate', 'saxes', '**/workbook/xlsx/**', '**/cli/**'], message: 'the two adapters never import each other, nor the CLI.' },
        ],
      }],
    },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
