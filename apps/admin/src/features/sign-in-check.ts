// What the sign-in form needs once it is sent: its check (zod/mini) and the translation of
// field errors. Loaded on its own, when the form is first touched, so that neither zod nor
// the schema messages are on the first screen's wire (see sign-in-page.tsx).
export { ZSignInForm } from '@lantoa/domain';
export { serverFieldErrors, zodFieldErrors } from '../lib/errors';
