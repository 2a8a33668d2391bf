import { jestConfig } from '../../jest.preset.js';

// One file at a time: each starts the whole product and a browser.
export default jestConfig({
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  testTimeout: 60000,
  maxWorkers: 1,
});
