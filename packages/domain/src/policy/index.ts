// Access rules in one place (decision 17).
export * from './actions.js';
export * from './campaigns.js';
export * from './contacts.js';
export * from './decide.js';
export * from './exports.js';
export * from './plans.js';
export * from './transitions.js';
