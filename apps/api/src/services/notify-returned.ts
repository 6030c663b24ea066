// "Returned" notices, written in the transaction that returns the report or story (the
// outbox): the author hears of it at once, with the reviewer's comment and a link.
import { type Bilingual, returnedText } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { enqueueNotices } from './enqueue-notices.js';

export async function notifyReturned(
  trx: Kysely<Database>,
  returned: {
    subject: 'report' | 'story';
    id: string;
    /** The record's version after the return: each return is its own notice. */
    version: number;
    unitId: string;
    authorId: string | null;
    what: Bilingual;
    comment: string;
    link: string;
  },
  now: Date,
): Promise<void> {
  if (!returned.authorId) return;
  const unit = await trx
    .selectFrom('units')
    .select('name')
    .where('id', '=', returned.unitId)
    .executeTakeFirstOrThrow();
  await enqueueNotices(
    trx,
    [
      {
        recipientId: returned.authorId,
        kind: 'returned',
        subjectKey: `${returned.subject}:${returned.id}`,
        periodKey: `v${returned.version}`,
        unitId: returned.unitId,
        text: returnedText({
          subject: returned.subject,
          unitName: unit.name,
          what: returned.what,
          comment: returned.comment,
        }),
        link: returned.link,
      },
    ],
    now,
  );
}
