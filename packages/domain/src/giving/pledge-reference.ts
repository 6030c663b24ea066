// The memo code that ties a bank transfer to one pledge: "LT", seven random characters and
// a check character, in Crockford's base 32 (no I, L, O, U: nothing a giver can misread or
// mistype for a digit). Banks uppercase memos, drop spaces and add their own words; the
// finder reads past all of that, and the check character turns a mistyped code into a
// near miss for a person to look at instead of a wrong match.

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BODY_LENGTH = 7;
export const PLEDGE_REFERENCE_LENGTH = 2 + BODY_LENGTH + 1;

function checkChar(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) sum += (i + 1) * ALPHABET.indexOf(body[i] as string);
  return ALPHABET[sum % ALPHABET.length] as string;
}

/** A fresh code; `randomBytes` is the caller's source (node:crypto's randomBytes: the
 *  domain does no I/O). 7 characters of 32: 34 billion codes, so a clash is rare and the
 *  database's unique index turns one into a retry. */
export function newPledgeReference(randomBytes: (count: number) => Uint8Array): string {
  const bytes = randomBytes(BODY_LENGTH);
  const body = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('');
  return `LT${body}${checkChar(body)}`;
}

export function isPledgeReference(text: string): boolean {
  if (text.length !== PLEDGE_REFERENCE_LENGTH || !text.startsWith('LT')) return false;
  const body = text.slice(2, 2 + BODY_LENGTH);
  return [...body].every((c) => ALPHABET.includes(c)) && checkChar(body) === text.at(-1);
}

/** Every "LT" + 8 code characters in a bank's description, with or without a valid check. */
export function findReferenceLikes(description: string): { valid: string[]; broken: string[] } {
  const text = description.toUpperCase().replace(/[^0-9A-Z]/g, '');
  const valid = new Set<string>();
  const broken = new Set<string>();
  for (let i = text.indexOf('LT'); i >= 0; i = text.indexOf('LT', i + 1)) {
    const candidate = text.slice(i, i + PLEDGE_REFERENCE_LENGTH);
    if (candidate.length < PLEDGE_REFERENCE_LENGTH) break;
    if (![...candidate.slice(2)].every((c) => ALPHABET.includes(c))) continue;
    (isPledgeReference(candidate) ? valid : broken).add(candidate);
  }
  return { valid: [...valid], broken: [...broken] };
}

/** Codes one character apart: a typo a person should confirm. */
export function isNearMiss(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let differences = 0;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) differences += 1;
  return differences === 1;
}
