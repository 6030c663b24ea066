// A form's input checked with a domain zod schema, bound to the mutation that takes exactly
// what the schema outputs. The schema and the mutation meet here with their own types, so a
// form never casts its input: if the router's input and the schema drift apart, this fails
// to type-check.
import type { z } from 'zod';

export interface Issue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

export type Checked<TResult> =
  | { readonly issues: readonly Issue[] }
  | { readonly send: () => Promise<TResult> };

export function check<TSchema extends z.ZodType, TResult>(
  schema: TSchema,
  input: unknown,
  mutate: (data: z.output<TSchema>) => Promise<TResult>,
): Checked<TResult> {
  const parsed = schema.safeParse(input);
  return parsed.success ? { send: () => mutate(parsed.data) } : { issues: parsed.error.issues };
}
