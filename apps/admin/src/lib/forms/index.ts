// The shared form layer (decision 30): one hook, one conflict view.
export { type Checked, check } from './checked';
export { conflictRows } from './conflict-rows';
export { type ConflictRow, ConflictView } from './conflict-view';
export { FormAlert } from './form-alert';
export { type SchemaForm, useSchemaForm } from './use-schema-form';
