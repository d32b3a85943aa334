import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-e2e/', 'dist-firefox/', 'dist-firefox-e2e/', 'dist-cli/', 'artifacts/', 'bench/results/', 'tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Nothing the page contains is ever run.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The extension itself never parses text as HTML. (Tests may read markup to prove the page is untouched.)
    files: ['src/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build DOM nodes or use textContent: page text is never parsed as HTML.' },
        { property: 'outerHTML', message: 'Build DOM nodes or use textContent.' },
        { property: 'insertAdjacentHTML', message: 'Build DOM nodes or use textContent.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render page text as HTML.' },
      ],
    },
  },
);
