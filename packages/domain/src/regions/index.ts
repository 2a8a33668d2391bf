export * from './vocabulary.js';
export * from './comparison.js';
export * from './schemas.js';
export * from './region-labels.js';
