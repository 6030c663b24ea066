// Online giving: VietQR payloads, pledge memo codes, bank statement matching, consent text.
export * from './consent.js';
export * from './giving-schemas.js';
export * from './pledge-reference.js';
export * from './registration-schemas.js';
export * from './statement-matching.js';
export * from './vietqr.js';
