// The VietQR payload a banking app scans to fill in a transfer: NAPAS's profile of the
// EMVCo merchant-presented QR (tag-length-value fields, a CRC-16/CCITT-FALSE at the end).
// Field 38 names NAPAS (GUID A000000727), the bank by its BIN and the account, and the
// service "QRIBFTTA" (interbank transfer to an account). The memo goes in 62.08, which
// NAPAS limits to 25 characters of the EMVCo "ans" set: printable ASCII, so Vietnamese is
// written without diacritics ("Ủng hộ" → "Ung ho"), as banks print it on statements.

export const NAPAS_GUID = 'A000000727';
export const VIETQR_SERVICE_TO_ACCOUNT = 'QRIBFTTA';
export const VIETQR_MEMO_MAX = 25;
export const VIETQR_AMOUNT_MAX = 9_999_999_999_999; // 13 digits, the EMVCo field's limit

export interface VietQrInput {
  /** The bank's 6-digit NAPAS BIN, e.g. 970436 (Vietcombank). */
  bankBin: string;
  /** Letters and digits, at most 19. */
  accountNumber: string;
  /** Whole đồng; omitted lets the giver type the amount in the app. */
  amount?: number | undefined;
  /** Already within VIETQR_MEMO_MAX printable ASCII (see toVietQrMemo). */
  memo?: string | undefined;
}

/** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF), as EMVCo 4.7.3 asks. Payloads are
 *  printable ASCII by construction, so each character is one byte. */
export function crc16Ccitt(text: string): string {
  let crc = 0xffff;
  for (let i = 0; i < text.length; i += 1) {
    crc ^= (text.charCodeAt(i) & 0xff) << 8;
    for (let bit = 0; bit < 8; bit += 1) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

function field(id: string, value: string): string {
  if (value.length > 99) throw new RangeError(`VietQR field ${id} longer than 99 characters`);
  return `${id}${String(value.length).padStart(2, '0')}${value}`;
}

/**
 * Vietnamese text as a memo a bank keeps: diacritics folded (đ → d), anything outside
 * letters, digits and spaces dropped, spaces collapsed, cut at a word to fit the limit.
 */
export function toVietQrMemo(text: string, max = VIETQR_MEMO_MAX): string {
  const folded = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (folded.length <= max) return folded;
  const cut = folded.slice(0, max + 1);
  const atWord = cut.lastIndexOf(' ');
  return (atWord > 0 ? cut.slice(0, atWord) : folded.slice(0, max)).trim();
}

export function isVietQrInputValid(input: VietQrInput): boolean {
  const { amount, memo } = input;
  return (
    /^\d{6}$/.test(input.bankBin) &&
    /^[A-Za-z0-9]{1,19}$/.test(input.accountNumber) &&
    (amount === undefined ||
      (Number.isSafeInteger(amount) && amount > 0 && amount <= VIETQR_AMOUNT_MAX)) &&
    (memo === undefined || (memo.length <= VIETQR_MEMO_MAX && /^[\x20-\x7e]*$/.test(memo)))
  );
}

/** The payload string to encode in the QR code; throws on input a bank would refuse. */
export function buildVietQrPayload(input: VietQrInput): string {
  if (!isVietQrInputValid(input)) throw new RangeError('VietQR input out of NAPAS limits');
  const beneficiary = field('00', input.bankBin) + field('01', input.accountNumber);
  const account =
    field('00', NAPAS_GUID) + field('01', beneficiary) + field('02', VIETQR_SERVICE_TO_ACCOUNT);
  const body = [
    field('00', '01'),
    // 12: a code made for one transfer (it carries the amount); 11: reusable.
    field('01', input.amount === undefined ? '11' : '12'),
    field('38', account),
    field('53', '704'),
    input.amount === undefined ? '' : field('54', String(input.amount)),
    field('58', 'VN'),
    input.memo ? field('62', field('08', input.memo)) : '',
    '6304',
  ].join('');
  return body + crc16Ccitt(body);
}
