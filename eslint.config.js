import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/** Import boundaries between processes: a violation fails `npm run lint`. */
const boundary = (files, patterns, paths = [], message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: paths.map((name) => ({ name, message })),
        patterns: patterns.map((group) => ({ group: [group], message })),
      },
    ],
  },
});

/**
 * Several import rules on one set of files. ESLint keeps only the last
 * `no-restricted-imports` that applies to a file, so every rule a folder must
 * keep is given here at once, each with its own message.
 */
const restrict = (files, ignores, rules) => ({
  files,
  ignores,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: rules.flatMap(({ paths = [], message }) => paths.map((name) => ({ name, message }))),
        patterns: rules.map(({ patterns, message }) => ({ group: patterns, message })),
      },
    ],
  },
});

const electronOnlyInMain = {
  paths: ['electron'],
  patterns: ['**/renderer/**', '**/main/**'],
  message: 'Only electron/main/ may import electron (or reach into electron/main/); the rest runs in plain Node.',
};

/** Data access has one home: the schema, its column names and drizzle's query builder stay in db/. */
const dataAccessInDb = {
  paths: ['drizzle-orm'],
  patterns: ['**/db/schema', '**/db/schema/**', '**/db/schema.*', 'drizzle-orm/*'],
  message:
    'Only db/ reads and writes the tables: call a function of db/repositories (which returns plain types) instead of importing db/schema or drizzle-orm.',
};

const coreBelowFeatures = {
  patterns: ['**/features/**', '**/compose', '**/compose.*'],
  message: 'electron/backend/ is the core below the features: register features in electron/compose.ts instead.',
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'release/',
      '.tsbuild/',
      'test-results/',
      'playwright-report/',
      '.data/',
      'bench/.probe.mjs',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [...tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['renderer/src/**/*.tsx', 'renderer/src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.configs.strict.rules,
    },
  },
  {
    // Asymmetric matchers (expect.any, expect.stringContaining) are typed `any` by design.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
  // The renderer is a web page: no Node, no Electron, no database.
  boundary(
    ['renderer/src/**'],
    ['**/electron/**', '**/db/**', 'better-sqlite3', 'drizzle-orm', 'drizzle-orm/*'],
    ['electron', ...nodeBuiltins],
    'The renderer is sandboxed: reach the backend through window.api and the contract in shared/.',
  ),
  // shared/ runs on both sides: nothing platform-specific.
  boundary(
    ['shared/**'],
    [
      '**/electron/**',
      '**/db/**',
      '**/renderer/**',
      'react',
      'react-dom',
      'better-sqlite3',
      'drizzle-orm',
      'drizzle-orm/*',
    ],
    ['electron', ...nodeBuiltins],
    'shared/ is pure TypeScript used by both processes: it may import zod and date-fns, nothing platform-specific.',
  ),
  // db/ is the store: no Electron, no UI.
  boundary(
    ['db/**'],
    ['**/electron/**', '**/renderer/**', 'react', 'react-dom'],
    ['electron'],
    'db/ owns storage only: it must not depend on Electron or the UI.',
  ),
  // Only the thin Electron layer may import electron: every other file in
  // electron/ is refused both the package and any path into electron/main/, so
  // no file there that imports electron can be reached by a relative import.
  // Every folder of electron/ also leaves the tables to db/ (dataAccessInDb).
  restrict(['electron/**'], ['electron/main/**', 'electron/backend/**'], [electronOnlyInMain, dataAccessInDb]),
  restrict(['electron/main/**'], [], [dataAccessInDb]),
  // The core sits below the features: it may not import a feature or the
  // composition root (electron/compose.ts) that binds them.
  restrict(['electron/backend/**'], [], [electronOnlyInMain, coreBelowFeatures, dataAccessInDb]),
  // Whatever else is not db/ (bench/, build/, a new top-level folder) leaves the tables to db/ too. The
  // renderer and shared/ refuse db/ and drizzle-orm altogether (above); tests/ may build and inspect rows
  // directly (tests/README.md).
  restrict(['**/*'], ['db/**', 'tests/**', 'electron/**', 'renderer/src/**', 'shared/**'], [dataAccessInDb]),
  // Tests run in plain Node: no electron, and from electron/main/ only the
  // files that import nothing from electron (an allow-list, so a new file
  // there is refused until it is shown to be plain Node).
  restrict(
    ['tests/**'],
    [],
    [
      {
        paths: ['electron'],
        patterns: [
          '**/renderer/**',
          '**/electron/main/**',
          '!**/electron/main/security-policy',
          '!**/electron/main/web-contents-guards',
          '!**/electron/main/app-responses',
        ],
        message: 'Tests run in plain Node: only the files of electron/main/ that do not import electron.',
      },
    ],
  ),
);
