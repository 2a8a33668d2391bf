export * from './schemas.js';
export * from './report-rules.js';
export * from './report-labels.js';
