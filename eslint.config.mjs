import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';
import jsxA11y from 'eslint-plugin-jsx-a11y';

/**
 * Lint: Next's rules (React, hooks, Core Web Vitals), typescript-eslint's recommended rules, and
 * jsx-a11y's recommended rules in full (Next turns on only a few); formatting is Prettier's, so
 * eslint-config-prettier turns off the rules that would fight it.
 */
export default defineConfig([
  ...nextVitals,
  ...nextTs,
  // jsx-a11y's plugin is already registered by Next's config: add its recommended rules only.
  { files: ['**/*.{jsx,tsx}'], rules: jsxA11y.flatConfigs.recommended.rules },
  {
    rules: {
      // A static export has no image optimiser for next/image; the only <img> (a share card preview) is a file of known size.
      '@next/next/no-img-element': 'off',
      // `_` names what is dropped on purpose in a destructuring.
      '@typescript-eslint/no-unused-vars': ['warn', { varsIgnorePattern: '^_$', argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Playwright fixtures call `use`, which is no React hook.
    files: ['tests/e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  prettier,
  globalIgnores(['out/**', '.next/**', 'public/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', 'deploy/nginx/generated/**']),
]);
