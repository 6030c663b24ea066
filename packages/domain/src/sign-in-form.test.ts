import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ZSignInInput } from './schemas.js';
import { ZSignInForm } from './sign-in-form.js';

/** What a schema says about an input: the value, or each path's first message. */
function verdict(schema: typeof ZSignInInput | typeof ZSignInForm, input: unknown) {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: parsed.data };
  const first: Record<string, string> = {};
  for (const issue of parsed.error.issues) first[issue.path.join('.')] ??= issue.message;
  return { errors: first };
}

const CASES: unknown[] = [
  { email: 'a@b.vn', password: '123' },
  { email: '  Can.Bo@Demo.LanToa.vn \n', password: 'x' },
  { email: 'a@b.vn', password: '' },
  { email: '', password: '' },
  { email: 'not an email', password: 'secret' },
  { email: 'a\u0000@b.vn', password: 'secret' },
  { email: 'a@b.vn', password: 'bad\u0000' },
  { email: 'a@b.vn', password: '\uD800' },
  { email: 'a@b.vn', password: 'p'.repeat(129) },
  { email: `${'a'.repeat(250)}@b.vn`, password: 'secret' },
  { email: 42, password: null },
  {},
  null,
];

describe('ZSignInForm (zod/mini, the sign-in page) against ZSignInInput (the server)', () => {
  it.each(CASES.map((input) => [JSON.stringify(input), input]))('agrees on %s', (_, input) => {
    expect(verdict(ZSignInForm, input)).toEqual(verdict(ZSignInInput, input));
  });

  it('agrees on any strings typed into the form', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (email, password) => {
        expect(verdict(ZSignInForm, { email, password })).toEqual(
          verdict(ZSignInInput, { email, password }),
        );
      }),
    );
  });
});
