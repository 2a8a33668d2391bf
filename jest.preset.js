// One Jest setup for every workspace: TypeScript through swc as ES modules (NestJS 12 ships
// only ES modules, so Jest runs in its ESM mode: `node --experimental-vm-modules`).
// swc does not type-check; `npm run typecheck` does that.

/** @param {import('jest').Config} overrides */
export function jestConfig(overrides = {}) {
  const tsx = Boolean(overrides.testEnvironment === 'jsdom');
  return {
    extensionsToTreatAsEsm: tsx ? ['.ts', '.tsx'] : ['.ts'],
    moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
    transform: {
      '^.+\\.(t|j)sx?$': [
        '@swc/jest',
        {
          jsc: {
            parser: { syntax: 'typescript', decorators: true, tsx },
            transform: {
              legacyDecorator: true,
              decoratorMetadata: true,
              react: { runtime: 'automatic' },
            },
            target: 'es2022',
          },
          module: { type: 'es6' },
        },
      ],
    },
    testEnvironment: 'node',
    ...overrides,
  };
}
