import { jestConfig } from '../../jest.preset.js';

// Unit specs sit beside the code (src/**/*.test.ts); integration specs (test/**) run the
// whole API against a real PostgreSQL: embedded, or the server DATABASE_URL names.
export default jestConfig({
  testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
  // The slow fault tests (a PostgreSQL restart, a killed import) run in `npm run test:faults`.
  testPathIgnorePatterns: ['/node_modules/', '\\.slow\\.test\\.ts$'],
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
  testTimeout: 30000,
  // The API under test runs in its own process; keep the compiled output current.
  maxWorkers: 2,
});
