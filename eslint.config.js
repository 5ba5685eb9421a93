// ESLint flat config: typescript-eslint's strict rules on the TypeScript sources and tests.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The report page's script runs in the browser.
    files: ['src/report/client/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: Object.fromEntries(
        ['window', 'document', 'localStorage', 'performance', 'Intl', 'Blob', 'URL', 'IntersectionObserver', 'ResizeObserver', 'setTimeout', 'clearTimeout', 'Event'].map((name) => [name, 'readonly']),
      ),
    },
  },
  {
    // Code the benchmark runs in the report's page (page.evaluate).
    files: ['scripts/bench-report.mjs'],
    languageOptions: { globals: { document: 'readonly', MutationObserver: 'readonly', Event: 'readonly' } },
  },
  {
    // The VS Code extension is CommonJS, loaded by VS Code's Node.js.
    files: ['editors/vscode/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', performance: 'readonly', Buffer: 'readonly', setTimeout: 'readonly' } },
  },
);
