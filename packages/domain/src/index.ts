// Public API of @lantoa/domain: the plan, the compliance engine, roll-ups, deadlines,
// labels and input schemas. Everything here is pure and safe to bundle for browsers.

export * from './audit-actions.js';
export * from './comment-words.js';
export * from './comments.js';
export * from './common-passwords.js';
export * from './continuity.js';
export * from './dates.js';
export * from './deadlines.js';
export * from './evaluate.js';
export * from './facebook-connections.js';
export * from './facebook-schemas.js';
export * from './giving/index.js';
export * from './labels.js';
export * from './notices/index.js';
export * from './official-report.js';
export * from './period-labels.js';
export * from './periods.js';
export * from './plan.js';
export * from './plan-adoption.js';
export * from './plan-amendments.js';
export * from './plan-definition.js';
export * from './plan-preview.js';
export * from './policy/index.js';
export * from './record-choices.js';
export * from './record-schemas.js';
export * from './reorganisation/index.js';
export * from './report-plan.js';
export * from './rollup.js';
export { APP_MILESTONE_LABELS, foldVietnamese, isStandardPageName } from './rules/index.js';
export * from './safe-text.js';
export * from './schema-messages.js';
export * from './schemas.js';
export * from './server-paths.js';
export * from './sign-in-form.js';
export * from './types.js';
export * from './unit-kinds.js';
