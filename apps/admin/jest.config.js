import { jestConfig } from '../../jest.preset.js';

const config = jestConfig({
  // 'jsdom' tells the preset to parse TSX; the environment itself is jsdom plus Node's fetch
  // classes (see test/jsdom-with-fetch.js), swapped in below.
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/src/**/*.test.tsx', '<rootDir>/src/**/*.test.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
  // Form tests type into many fields; in a full `npm test` on two cores shared with other
  // work one has taken over 30 s. A hung test still fails, after 90 s.
  testTimeout: 90000,
});

export default { ...config, testEnvironment: '<rootDir>/test/jsdom-with-fetch.js' };
