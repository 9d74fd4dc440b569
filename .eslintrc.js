require('@rushstack/eslint-config/patch/modern-module-resolution');

module.exports = {
  extends: ['@microsoft/eslint-config-spfx/lib/profiles/react'],
  parserOptions: { tsconfigRootDir: __dirname },
  overrides: [
    {
      files: ['*.ts', '*.tsx'],
      parser: '@typescript-eslint/parser',
      parserOptions: { project: './tsconfig.local.json', ecmaVersion: 2018, sourceType: 'module' },
      rules: {
        '@typescript-eslint/no-explicit-any': 'error',
        '@typescript-eslint/explicit-function-return-type': 'off',
        '@rushstack/no-new-null': 'off',
        '@typescript-eslint/no-floating-promises': 'error',
        'react/jsx-no-bind': 'off',
      },
    },
    {
      // The domain is pure TypeScript: no SPFx, PnPjs, Graph or React may reach it.
      files: ['src/domain/**/*.ts', 'src/lists/**/*.ts'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              { group: ['@microsoft/*'], message: 'src/domain and src/lists are pure TypeScript: no SPFx or Graph imports.' },
              { group: ['@pnp/*'], message: 'src/domain and src/lists are pure TypeScript: no PnPjs imports.' },
              { group: ['react', 'react-dom', '@fluentui/*'], message: 'src/domain and src/lists are pure TypeScript: no React or Fluent UI.' },
              { group: ['fs', 'path', 'http', 'node:*'], message: 'src/domain and src/lists must run in the browser: no Node built-ins.' },
            ],
          },
        ],
      },
    },
    {
      // Components see services through context only, never the SharePoint or Graph clients.
      files: ['src/webparts/*/components/**/*.tsx', 'src/ui/**/*.tsx'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              { group: ['@pnp/*', '@microsoft/sp-http*', '@microsoft/microsoft-graph-client'], message: 'Components use services from useServices(), not SharePoint or Graph clients.' },
            ],
          },
        ],
      },
    },
    {
      files: ['tests/**/*.ts', 'tests/**/*.tsx', 'local/**/*.ts', 'local/**/*.tsx', 'tools/**/*.ts', 'bench/**/*.ts'],
      rules: {
        '@rushstack/security/no-unsafe-regexp': 'off',
        '@typescript-eslint/no-var-requires': 'off',
      },
    },
  ],
};
