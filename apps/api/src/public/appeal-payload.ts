// One pledge's transfer memo and VietQR payload: the code first (so cutting the memo to
// NAPAS's 25 characters never cuts it), then "Ung ho" and as much of the title as fits.
import { buildVietQrPayload, toVietQrMemo } from '@lantoa/domain';

export function buildAppealPayload(
  appeal: { title: string; bank_bin: string; account_number: string },
  reference: string,
  amount: number | null,
): { memo: string; payload: string } {
  // "Ủng hộ …" titles are not prefixed twice.
  const words = toVietQrMemo(appeal.title, 200);
  const memo = toVietQrMemo(
    /^ung ho\b/i.test(words) ? `${reference} ${words}` : `${reference} Ung ho ${words}`,
  );
  const payload = buildVietQrPayload({
    bankBin: appeal.bank_bin,
    accountNumber: appeal.account_number,
    amount: amount ?? undefined,
    memo,
  });
  return { memo, payload };
}
