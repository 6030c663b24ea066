// The sign-in form's check in the browser, written with zod/mini: the sign-in page is the
// first route a phone loads, and zod's classic API (with its JSON-schema converter) and the
// plan would add about 15 KB on the wire to it. It must accept and refuse exactly what
// ZSignInInput (schemas.ts) does, with the same messages; the server still validates with
// that one, and a test holds the two together.
import { z } from 'zod/mini';
import { msg } from './schema-messages.js';
import { isSafeLine, isSafeText } from './text-checks.js';

const ZEmailField = z.pipe(
  z
    .string({ error: msg('invalid') })
    .check(
      z.trim(),
      z.refine(isSafeLine, msg('unsafeLine')),
      z.toLowerCase(),
      z.maxLength(254, msg('email')),
    ),
  z.email({ error: msg('email') }),
);

export const ZSignInForm = z.object({
  email: ZEmailField,
  password: z
    .string({ error: msg('passwordRequired') })
    .check(
      z.refine(isSafeText, msg('unsafeText')),
      z.minLength(1, msg('passwordRequired')),
      z.maxLength(128, msg('passwordLong')),
    ),
});
