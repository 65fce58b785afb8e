// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

/** Outside src/core, the engine is reached through its public surface (src/core/index.ts) and nothing deeper. */
const CORE_SURFACE = { group: ['**/core/*'], message: 'import the engine from src/core (its index.ts), not from a module inside it.' };

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
    // the faces and the adapters see the engine's surface only; tests may reach inside to test its parts
    files: ['src/cli/**/*.ts', 'src/workbook/**/*.ts', 'src/taskpane/**/*.{ts,tsx}', 'src/commands/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: [CORE_SURFACE] }] },
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
          CORE_SURFACE,
        ],
      }],
    },
  },
  {
    // Office's own rules wherever Office.js is called: a property read before load and sync, a sync per row
    files: ['src/workbook/office/**/*.ts', 'src/taskpane/**/*.{ts,tsx}', 'src/commands/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    languageOptions: { globals: { Office: 'readonly', Excel: 'readonly', OfficeExtension: 'readonly' } },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      // as office-addin-lint sets them: a loop of syncs is a warning, since one sync per planned chunk is right
      'office-addins/no-context-sync-in-loop': 'warn',
      'office-addins/no-empty-load': 'warn',
      'office-addins/no-navigational-load': 'warn',
      'office-addins/no-office-initialize': 'warn',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    // The task pane runs in a browser page: the DOM's globals, and nothing of Node's but what webpack defines
    files: ['src/taskpane/**/*.{ts,tsx}', 'src/commands/**/*.ts'],
    languageOptions: {
      globals: { window: 'readonly', document: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly', Blob: 'readonly', File: 'readonly', FileList: 'readonly', HTMLInputElement: 'readonly', HTMLTableCellElement: 'readonly', __TRACKER_CHECK_VERSION__: 'readonly' },
    },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'stream', 'util', 'buffer', 'exceljs'], message: 'the task pane runs in a browser: no Node APIs.' },
          { group: ['**/cli/**'], message: 'the task pane does not import the CLI.' },
          CORE_SURFACE,
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
