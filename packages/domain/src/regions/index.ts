export * from './vocabulary.js';
export * from './shared-figure.js';
export * from './comparison.js';
export * from './schemas.js';
