// One lint gate. The import rules enforce the dependency direction of DESIGN.md §1:
// renderer → shared, electron → shared; shared imports no platform; only the Electron glue
// imports 'electron'.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { boundaries } from './eslint-rules/boundaries.js';

// Anchored ('/crypto'), so a folder of our own with such a name (shared/crypto) is not taken for the module.
const NODE_BUILTINS = [
  'node:*',
  ...['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'http', 'https'].map((m) => `/${m}`),
];

const restrict = (patterns, message) => ({ group: patterns, message });

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: globals.node },
  },
  {
    // Build tools load their config through a default export.
    files: ['*.config.ts', '*.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            restrict(
              ['react', 'react-*', 'dexie', 'dexie-*', 'electron', 'electron-*'],
              'shared/ is pure: no UI, storage or platform code.',
            ),
            restrict(NODE_BUILTINS, 'shared/ runs in the renderer too: no Node built-ins.'),
            restrict(
              ['**/renderer/**', '**/electron/**', '**/e2e/**'],
              'shared/ imports nothing outside shared/.',
            ),
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'navigator'],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/dates.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            restrict(['date-fns', 'date-fns/*'], 'Only shared/dates.ts imports date-fns.'),
            restrict(
              ['react', 'react-*', 'dexie', 'dexie-*', 'electron', 'electron-*'],
              'shared/ is pure: no UI, storage or platform code.',
            ),
            restrict(NODE_BUILTINS, 'shared/ runs in the renderer too: no Node built-ins.'),
            restrict(
              ['**/renderer/**', '**/electron/**', '**/e2e/**'],
              'shared/ imports nothing outside shared/.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, boundaries },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'boundaries/zones': 'error',
      // Caseline does not use the React Compiler; TanStack Virtual is memoised by hand.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            restrict(
              ['electron', 'electron-*', '**/electron/**'],
              'The renderer talks to the host only through window.caseline.',
            ),
            restrict(NODE_BUILTINS, 'The renderer is sandboxed: no Node built-ins.'),
            restrict(['date-fns', 'date-fns/*'], 'Only shared/dates.ts imports date-fns.'),
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        { selector: 'JSXText[value=/\\p{L}/u]', message: 'UI text comes from the message catalogues (t()).' },
        {
          selector:
            'JSXAttribute[name.name=/^(title|placeholder|aria-label|alt|label)$/] > Literal[value=/\\p{L}/u]',
          message: 'UI text comes from the message catalogues (t()).',
        },
        {
          selector: 'JSXAttribute[name.name="dangerouslySetInnerHTML"]',
          message: 'User text renders as React text.',
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [restrict(['**/renderer/**'], 'electron/ never imports renderer code.')],
          paths: [
            {
              name: 'electron',
              importNames: ['ipcRenderer'],
              message: 'Only the preload uses ipcRenderer, and never exposes it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/preload.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['electron/host/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            restrict(
              ['electron', 'electron-*'],
              'Host handlers run in tests without Electron: put Electron code in electron/adapters.',
            ),
            restrict(['**/renderer/**'], 'electron/ never imports renderer code.'),
          ],
        },
      ],
    },
  },
  {
    files: ['e2e/**/*.ts', '**/*.test.ts', '**/*.test.tsx', '*.config.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': 'off',
      'no-restricted-globals': 'off',
      // Playwright fixtures must destructure their dependencies, even when there are none.
      'no-empty-pattern': 'off',
    },
  },
);
