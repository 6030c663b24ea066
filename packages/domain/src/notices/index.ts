// Notices (đôn đốc, issue 13): the rules, quiet hours and digest time, texts, inputs.
export * from './quiet-hours.js';
export * from './rules.js';
export * from './schemas.js';
export * from './texts.js';
