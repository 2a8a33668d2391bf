import base from './jest.config.js';

// `npm run test:faults`: every fault test (test/faults), the slow ones too (PostgreSQL
// restarted under load, the API killed mid-import), at full size (FAULTS_RUNS, see
// package.json). `npm test` runs the quick ones, smaller, with the other integration tests.
export default {
  ...base,
  testMatch: ['<rootDir>/test/faults/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  testTimeout: 600000,
  // One at a time: the figures (requests per second, time) should not depend on neighbours.
  maxWorkers: 1,
};
