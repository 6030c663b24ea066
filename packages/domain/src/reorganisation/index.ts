// Reorganisations of the unit tree (issue 10, part 4; decision 18).
export * from './errors.js';
export * from './from-rows.js';
export * from './import-rows.js';
export * from './schema.js';
export * from './simulate.js';
