import { jestConfig } from '../../jest.preset.js';

// Only the pure helpers are unit-tested here; the benchmarks themselves run with `npm run bench`.
export default jestConfig({ testMatch: ['<rootDir>/src/**/*.test.ts'] });
