// An Giang's demo facts from the 1 July 2025 reform on, so the dashboard of today is alive
// with a realistic mix: commune-level chapters that meet an indicator by records or by an
// approved report, some waiting for review, some late. Dates that must look recent are
// relative to today; "this year" is today's year.
import { addDays, type IsoDate } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { COMMUNES } from './an-giang.js';

type Ids = Map<string, string>;
const id = (ids: Ids, code: string) => {
  const value = ids.get(code);
  if (!value) throw new Error(`demo seed: unit ${code} missing`);
  return value;
};
const nameOf = (code: string) => COMMUNES.find((u) => u.code === code)?.name ?? code;
const PEOPLE = ['Nguyễn Thị Mai', 'Trần Quốc Huy', 'Lê Thị Ngọc', 'Danh Sóc Kha', 'Phạm Thị Yến'];

/** A few of the chapters formed from each active former district took up the work first. */
const STAFFED = [
  'ag',
  'ag-rach-gia',
  'ag-vinh-thong',
  'ag-ha-tien',
  'ag-to-chau',
  'ag-phu-quoc',
  'ag-kien-hai',
  'ag-chau-thanh',
  'ag-binh-an',
  'ag-tan-hiep',
  'ag-tan-hoi',
  'ag-hon-dat',
  'ag-giong-rieng',
  'ag-go-quao',
  'ag-an-bien',
  'ag-kien-luong',
  'ag-an-minh',
];
const PAGES = [
  'ag-rach-gia',
  'ag-phu-quoc',
  'ag-ha-tien',
  'ag-kien-hai',
  'ag-tan-hiep',
  'ag-chau-thanh',
  'ag-hon-dat',
  'ag-giong-rieng',
  'ag-vinh-thong',
  'ag-go-quao',
];
const FANPAGES = ['ag-rach-gia', 'ag-phu-quoc', 'ag-ha-tien', 'ag-kien-hai'];
const TRAINED_2025 = STAFFED.slice(0, 12);
const TRAINED_THIS_YEAR = STAFFED.slice(0, 7);
const CODE_OF_CONDUCT = [
  'ag-rach-gia',
  'ag-phu-quoc',
  'ag-ha-tien',
  'ag-chau-thanh',
  'ag-tan-hiep',
  'ag-giong-rieng',
  'ag-an-minh',
  'ag-hon-dat',
  'ag-vinh-thong',
];

export async function seedAnGiangFacts(trx: Kysely<Database>, ids: Ids, today: IsoDate) {
  const year = Number(today.slice(0, 4));
  await trx
    .insertInto('communication_staff')
    .values(
      STAFFED.map((code, i) => ({
        unit_id: id(ids, code),
        name: PEOPLE[i % PEOPLE.length] as string,
        has_smartphone_skill: true,
        since: '2025-08-01',
      })),
    )
    .execute();
  await trx
    .insertInto('facebook_pages')
    .values(
      PAGES.map((code, i) => {
        const isFanpage = FANPAGES.includes(code);
        const isActive = i < 7;
        return {
          unit_id: id(ids, code),
          url: `https://www.facebook.com/${code.replaceAll('-', '')}`,
          name: isFanpage
            ? nameOf(code).replace('Hội CTĐ', 'Hội Chữ thập đỏ')
            : `Trang tin ${nameOf(code).replace('Hội CTĐ ', '')}`,
          is_fanpage: isFanpage,
          created_on: '2025-07-15',
          last_post_on: isActive ? addDays(today, -3) : addDays(today, -60),
          recent_post_count: isActive ? 5 + i : 0,
          last_checked_on: today,
        };
      }),
    )
    .execute();
  const courses = [
    ...TRAINED_2025.map((code) => ({ code, held_on: '2025-09-20' })),
    ...TRAINED_THIS_YEAR.map((code) => ({ code, held_on: `${year}-04-15` })),
  ];
  await trx
    .insertInto('training_courses')
    .values(
      courses.map((c) => ({
        unit_id: id(ids, c.code),
        held_on: c.held_on,
        title: 'Tập huấn kiến thức Hội và kỹ năng truyền thông',
        participants: 30,
        level: c.code === 'ag' ? 'province' : 'grassroots',
      })),
    )
    .execute();
  await trx
    .insertInto('code_of_conduct_sessions')
    .values(
      CODE_OF_CONDUCT.map((code) => ({
        unit_id: id(ids, code),
        held_on: '2025-10-10',
        title: 'Quán triệt Bộ Quy tắc ứng xử của cán bộ Hội',
        participants: 25,
      })),
    )
    .execute();
  await trx
    .insertInto('app_milestones')
    .values([
      {
        unit_id: id(ids, 'ag'),
        milestone: 'requirements',
        reached_on: '2025-08-15',
        note: 'Khảo sát nhu cầu của tỉnh mới',
      },
      {
        unit_id: id(ids, 'ag'),
        milestone: 'content',
        reached_on: '2025-10-15',
        note: 'Nội dung cơ bản',
      },
    ])
    .execute();
  await seedContests(trx, ids, year);
  await seedAnnualReports(trx, ids);
}

/** The province's contests after the reform target its commune-level chapters. */
async function seedContests(trx: Kysely<Database>, ids: Ids, year: number) {
  const targets = JSON.stringify(['province', 'commune', 'grassroots_province']);
  // 2025's second-half contest asked the new chapters only: Kiên Giang's units, open on
  // 30/06/2025, were never asked to take part.
  const contests = await trx
    .insertInto('campaigns')
    .values([
      {
        title: 'Cuộc thi ảnh "Hành trình nhân đạo" 2025 (mẫu)',
        kind: 'contest',
        organiser: 'province',
        starts_on: '2025-08-01',
        ends_on: '2025-10-31',
        target_kinds: JSON.stringify(['commune']),
      },
      {
        title: `Cuộc thi "Tìm hiểu về Hội Chữ thập đỏ" ${year}`,
        kind: 'contest',
        organiser: 'province',
        starts_on: `${year}-03-01`,
        ends_on: `${year}-10-31`,
        target_kinds: targets,
      },
    ])
    .returning('id')
    .execute();
  const [photo, quiz] = contests.map((c) => c.id) as [string, string];
  await trx
    .insertInto('campaign_participations')
    .values([
      ...[...PAGES, 'ag-an-bien', 'ag-kien-luong', 'ag-tan-hoi'].map((code) => ({
        campaign_id: photo,
        unit_id: id(ids, code),
        participated_on: '2025-09-15',
      })),
      ...['ag', ...PAGES.slice(0, 5)].map((code) => ({
        campaign_id: quiz,
        unit_id: id(ids, code),
        participated_on: `${year}-06-01`,
      })),
    ])
    .execute();
}

/** The 2025 yearly report fell to the commune-level chapters: most sent it, one late. */
async function seedAnnualReports(trx: Kysely<Database>, ids: Ids) {
  const sent = (codes: string[], submittedOn: string) =>
    codes.map((code) => ({
      unit_id: id(ids, code),
      deadline_id: 'annual-report-2025',
      submitted_on: submittedOn,
      note: 'Đã gửi qua email Ban Tuyên huấn',
    }));
  await trx
    .insertInto('deadline_submissions')
    .values([...sent(STAFFED.slice(1, 13), '2025-12-12'), ...sent(['ag-an-minh'], '2026-01-08')])
    .execute();
}
