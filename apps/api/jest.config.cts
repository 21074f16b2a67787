module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js'],
  roots: ['<rootDir>/src', '<rootDir>/test'],
  // Integration tests share one PostgreSQL server; each test file gets a database of its own.
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  // Argon2id hashing makes sign-in tests CPU-bound; a generous timeout keeps slow CI machines green.
  testTimeout: 30000,
  coverageDirectory: '../../coverage/apps/api',
};
