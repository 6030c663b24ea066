// The scheduler's half of the outbox: the time-based rules (due soon, overdue, escalation,
// waiting for review) evaluated for today in Vietnam, for every province. Any number of
// replicas may run this at once: the notices' unique key keeps one of each (decision 23).
import {
  type CalendarItem,
  deadlineNoticeText,
  deadlineStep,
  type IsoDate,
  type RuleStep,
  reviewWaitingStep,
  reviewWaitingText,
  todayInVietnam,
} from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { enqueueNotices, type NewNotice } from './enqueue-notices.js';
import { findNoticeRecipients } from './find-notice-recipients.js';
import { getDeadlines } from './get-deadlines.js';
import { listProvinceRoots } from './list-province-roots.js';
import { loadNoticeRules } from './load-notice-rules.js';

interface Due {
  unitId: string;
  subjectKey: string;
  step: RuleStep;
  link: string;
  text: NewNotice['text'];
}

/** Writes today's new notices; returns how many were new. */
export async function generateTimedNotices(db: Kysely<Database>, now: Date): Promise<number> {
  const today = todayInVietnam(now);
  let created = 0;
  for (const rootId of await listProvinceRoots(db, today)) {
    const { rules } = await loadNoticeRules(db, rootId);
    const horizonDays = Math.max(...rules.dueSoonDays);
    const items = await getDeadlines(db, async (ids) => new Set(ids), rootId, {
      asOf: today,
      horizonDays,
      rootId,
    });
    const dues: Due[] = [];
    for (const item of items) {
      const step = deadlineStep(item.due, today, rules);
      if (step) dues.push(deadlineDue(item, step, today));
    }
    for (const report of await submittedReports(db, rootId, today)) {
      const submittedOn = todayInVietnam(new Date(report.submitted_at));
      const step = reviewWaitingStep(submittedOn, today, rules);
      if (!step) continue;
      dues.push({
        unitId: report.unit_id,
        // A resubmission is a new wait: the submission instant is part of the subject.
        subjectKey: `report:${report.id}@${new Date(report.submitted_at).toISOString()}`,
        step,
        link: `/review`,
        text: reviewWaitingText({
          unitName: report.unitName,
          what: {
            vi: `${report.indicator} (kỳ ${report.period_key})`,
            en: `${report.indicator} (period ${report.period_key})`,
          },
          submittedOn,
          days: Number(step.step.slice(2)),
        }),
      });
    }
    created += await writeNotices(db, dues, today, now);
  }
  return created;
}

function deadlineDue(
  item: CalendarItem & { unit?: { name: string } | undefined },
  step: RuleStep,
  today: IsoDate,
): Due {
  const tag = item.indicator
    ? `${item.indicator}|${item.periodKey}`
    : `deadline:${item.deadlineId}`;
  const days = Math.abs(Math.round((Date.parse(item.due) - Date.parse(today)) / 86_400_000));
  return {
    unitId: item.unitId,
    subjectKey: `${item.unitId}|${tag}`,
    step,
    link: `/units/${item.unitId}`,
    text: deadlineNoticeText({
      kind: step.kind as 'due_soon' | 'overdue' | 'escalation',
      unitName: item.unit?.name ?? '',
      what: item.label,
      due: item.due,
      days,
    }),
  };
}

async function writeNotices(db: Kysely<Database>, dues: Due[], today: IsoDate, now: Date) {
  if (dues.length === 0) return 0;
  const recipients = await findNoticeRecipients(db, [...new Set(dues.map((d) => d.unitId))], today);
  const notices: NewNotice[] = [];
  for (const due of dues) {
    for (const r of recipients) {
      if (r.unitId !== due.unitId || !due.step.audience.includes(r.audience)) continue;
      notices.push({
        recipientId: r.userId,
        kind: due.step.kind,
        subjectKey: due.subjectKey,
        periodKey: due.step.step,
        unitId: due.unitId,
        text: due.text,
        link: due.link,
      });
    }
  }
  return db.transaction().execute((trx) => enqueueNotices(trx, notices, now));
}

/** Reports waiting for review under the province today. */
function submittedReports(db: Kysely<Database>, rootId: string, today: IsoDate) {
  return db
    .selectFrom('reports as r')
    .innerJoin('units as un', 'un.id', 'r.unit_id')
    .innerJoin('unit_ancestors as s', 's.unit_id', 'r.unit_id')
    .select([
      'r.id',
      'r.unit_id',
      'r.indicator',
      'r.period_key',
      'r.submitted_at',
      'un.name as unitName',
    ])
    .where('r.status', '=', 'submitted')
    .where('r.submitted_at', 'is not', null)
    .where('s.ancestor_id', '=', rootId)
    .where('s.valid_from', '<=', today)
    .where((eb) => eb.or([eb('s.valid_to', 'is', null), eb('s.valid_to', '>', today)]))
    .execute() as Promise<
    {
      id: string;
      unit_id: string;
      indicator: string;
      period_key: string;
      submitted_at: Date;
      unitName: string;
    }[]
  >;
}
