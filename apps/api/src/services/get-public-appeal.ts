// What the public sees of an appeal: the call itself, its progress, and its accounts —
// money received by day with the givers as they chose to appear (a name, or anonymous;
// never contact details), and disbursements with evidence. Erased pledges still count in
// the sums (the money was received) but show no name.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { toAmount } from '../db/schema-giving.js';

export interface PublicAppeal {
  id: string;
  unitId: string;
  code: string;
  title: string;
  story: string;
  unit: { code: string; name: string };
  targetAmount: number;
  receivedAmount: number;
  disbursedAmount: number;
  startsOn: string;
  endsOn: string;
  bank: { bin: string; accountNumber: string; accountName: string };
  receivedByDay: {
    date: string;
    amount: number;
    gifts: { giver: string | null; amount: number }[];
  }[];
  disbursements: { date: string; recipientGroup: string; amount: number; evidenceUrl: string }[];
}

export async function getPublicAppeal(
  db: Kysely<Database>,
  code: string,
): Promise<PublicAppeal | null> {
  const appeal = await db
    .selectFrom('appeals as a')
    .innerJoin('units as u', 'u.id', 'a.unit_id')
    .selectAll('a')
    .select(['u.code as unitCode', 'u.name as unitName'])
    .where('a.code', '=', code)
    .executeTakeFirst();
  if (!appeal) return null;
  const [received, spent] = await Promise.all([
    db
      .selectFrom('pledges')
      .select(['received_on', 'received_amount', 'display_name', 'erased_at'])
      .where('appeal_id', '=', appeal.id)
      .where('received_on', 'is not', null)
      .orderBy('received_on')
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('disbursements')
      .select(['spent_on', 'recipient_group', 'amount', 'evidence_url'])
      .where('appeal_id', '=', appeal.id)
      .orderBy('spent_on')
      .orderBy('created_at')
      .execute(),
  ]);
  const days = new Map<string, PublicAppeal['receivedByDay'][number]>();
  for (const r of received) {
    const date = r.received_on as string;
    const amount = toAmount(r.received_amount) ?? 0;
    const day = days.get(date) ?? { date, amount: 0, gifts: [] };
    day.amount += amount;
    day.gifts.push({ giver: r.erased_at ? null : r.display_name, amount });
    days.set(date, day);
  }
  const disbursements = spent.map((d) => ({
    date: d.spent_on,
    recipientGroup: d.recipient_group,
    amount: toAmount(d.amount) ?? 0,
    evidenceUrl: d.evidence_url,
  }));
  const receivedByDay = [...days.values()];
  return {
    id: appeal.id,
    unitId: appeal.unit_id,
    code: appeal.code,
    title: appeal.title,
    story: appeal.story,
    unit: { code: appeal.unitCode, name: appeal.unitName },
    targetAmount: toAmount(appeal.target_amount) ?? 0,
    receivedAmount: receivedByDay.reduce((sum, d) => sum + d.amount, 0),
    disbursedAmount: disbursements.reduce((sum, d) => sum + d.amount, 0),
    startsOn: appeal.starts_on,
    endsOn: appeal.ends_on,
    bank: {
      bin: appeal.bank_bin,
      accountNumber: appeal.account_number,
      accountName: appeal.account_name,
    },
    receivedByDay,
    disbursements,
  };
}
