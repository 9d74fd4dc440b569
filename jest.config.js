'use strict';

// PnPjs v4 is ES modules only: let ts-jest transpile @pnp/* (allowJs), keep the rest of node_modules untouched.
const base = {
  transform: {
    '^.+\\.(ts|tsx)$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }],
    '^.+/node_modules/@pnp/.+\\.js$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }],
  },
  transformIgnorePatterns: ['/node_modules/(?!@pnp/)'],
  moduleNameMapper: {
    '\\.(scss|css)$': '<rootDir>/tests/support/styleMock.js',
  },
};

module.exports = {
  // Component tests render whole screens and run axe in jsdom: allow for a loaded two-core machine.
  testTimeout: 60000,
  projects: [
    {
      ...base,
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/**/*.test.ts'],
      testPathIgnorePatterns: ['<rootDir>/tests/e2e/'],
      globalSetup: '<rootDir>/tests/support/globalSetup.ts',
      globalTeardown: '<rootDir>/tests/support/globalTeardown.ts',
    },
    {
      ...base,
      displayName: 'ui',
      testEnvironment: 'jsdom',
      setupFilesAfterEnv: ['<rootDir>/tests/support/uiSetup.ts'],
      testMatch: ['<rootDir>/tests/**/*.test.tsx'],
      testPathIgnorePatterns: ['<rootDir>/tests/e2e/'],
    },
    {
      ...base,
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/e2e/**/*.e2e.ts'],
    },
  ],
};
