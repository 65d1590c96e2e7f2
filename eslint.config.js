import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';

/**
 * Boundaries (ARCHITECTURE.md, "Les frontières"): a domain uses another domain only through its
 * published queries (`<domain>.queries.ts`), and changes it only through its published commands
 * (`<domain>.commands.ts`, inside the caller's transaction); the platform and the shared kernel
 * import no domain.
 * Tests may set up data through any domain.
 */
const domains = readdirSync(new URL('./src/server/domains/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const domainBoundaries = domains.map((domain) => {
  const others = domains.filter((d) => d !== domain).join('|');
  return {
    files: [`src/server/domains/${domain}/**/*.ts`],
    ignores: ['**/*.test.ts', '**/test-setup.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(\\.\\./)+(${others})/(?!\\2\\.(queries|commands)$)`,
              message: `Le domaine ${domain} ne lit un autre domaine que par ses requêtes publiées (<domaine>.queries.ts) et ne le modifie que par ses commandes publiées (<domaine>.commands.ts).`,
            },
          ],
        },
      ],
    },
  };
});

const layerBoundaries = {
  files: ['src/server/platform/**/*.ts', 'src/server/kernel/**/*.ts'],
  ignores: ['**/*.test.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: '/domains/',
            message: 'La plateforme et le noyau partagé ne dépendent d’aucun domaine (ils sont en dessous).',
          },
        ],
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['src/web/**/*.tsx', 'src/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  ...domainBoundaries,
  layerBoundaries,
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
);
