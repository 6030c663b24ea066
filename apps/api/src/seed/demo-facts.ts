// Kiên Giang's demo facts, up to the 1 July 2025 reform: some units meet an indicator by
// records, some by approved reports, some wait for review, some are late. Facebook pages'
// recent activity is relative to today. What happened after the reform belongs to An
// Giang's units (demo-facts-an-giang.ts).
import { addDays, type IsoDate } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { KIEN_GIANG_UNITS } from './kien-giang.js';

type Ids = Map<string, string>;
const unitName = (code: string) => KIEN_GIANG_UNITS.find((u) => u.code === code)?.name ?? code;
const id = (ids: Ids, code: string) => {
  const value = ids.get(code);
  if (!value) throw new Error(`demo seed: unit ${code} missing`);
  return value;
};

const ACTIVE_DISTRICTS = [
  'kg-rach-gia',
  'kg-phu-quoc',
  'kg-ha-tien',
  'kg-chau-thanh',
  'kg-tan-hiep',
  'kg-hon-dat',
  'kg-giong-rieng',
  'kg-kien-luong',
];
const FANPAGE_DISTRICTS = ['kg-rach-gia', 'kg-phu-quoc', 'kg-ha-tien'];
const STAFFED = [
  'kg',
  'kg-rach-gia',
  'kg-phu-quoc',
  'kg-ha-tien',
  'kg-chau-thanh',
  'kg-tan-hiep',
  'kg-hon-dat',
  'kg-giong-rieng',
  'kg-kien-luong',
  'kg-go-quao',
  'kg-an-bien',
  'kg-truong-cao-dang',
];
const TRAINED_2025 = [
  'kg',
  'kg-rach-gia',
  'kg-phu-quoc',
  'kg-ha-tien',
  'kg-chau-thanh',
  'kg-tan-hiep',
  'kg-an-bien',
  'kg-go-quao',
  'kg-hon-dat',
  'kg-vinh-thuan',
];
const CODE_OF_CONDUCT = [
  'kg-rach-gia',
  'kg-phu-quoc',
  'kg-ha-tien',
  'kg-chau-thanh',
  'kg-tan-hiep',
  'kg-giong-rieng',
  'kg-an-minh',
];

export async function seedDemoFacts(
  trx: Kysely<Database>,
  ids: Ids,
  today: IsoDate,
): Promise<void> {
  await trx
    .insertInto('communication_staff')
    .values(
      STAFFED.map((code, i) => ({
        unit_id: id(ids, code),
        name: ['Nguyễn Thị Lan', 'Trần Văn Minh', 'Lê Thị Hồng', 'Phạm Quốc Bảo', 'Võ Thị Thu'][
          i % 5
        ] as string,
        has_smartphone_skill: true,
        since: '2024-06-01',
      })),
    )
    .execute();
  await trx
    .insertInto('facebook_pages')
    .values(
      ACTIVE_DISTRICTS.map((code, i) => {
        const isFanpage = FANPAGE_DISTRICTS.includes(code);
        const isActive = i < 6;
        return {
          unit_id: id(ids, code),
          url: `https://www.facebook.com/${code.replaceAll('-', '')}`,
          name: isFanpage
            ? unitName(code).replace('Hội CTĐ', 'Hội Chữ thập đỏ')
            : `Trang tin ${unitName(code).replace('Hội CTĐ ', '')}`,
          is_fanpage: isFanpage,
          created_on: '2024-03-01',
          last_post_on: isActive ? addDays(today, -2) : addDays(today, -75),
          recent_post_count: isActive ? 6 + i : 0,
          last_checked_on: today,
        };
      }),
    )
    .execute();
  const courses = TRAINED_2025.map((code) => ({ code, held_on: '2025-05-20' }));
  await trx
    .insertInto('training_courses')
    .values(
      courses.map((c) => ({
        unit_id: id(ids, c.code),
        held_on: c.held_on,
        title: 'Tập huấn kiến thức Hội và kỹ năng truyền thông',
        participants: 35,
        level: c.code === 'kg' ? 'province' : 'district',
      })),
    )
    .execute();
  await trx
    .insertInto('code_of_conduct_sessions')
    .values(
      CODE_OF_CONDUCT.map((code) => ({
        unit_id: id(ids, code),
        held_on: '2024-09-10',
        title: 'Quán triệt Bộ Quy tắc ứng xử của cán bộ Hội',
        participants: 40,
      })),
    )
    .execute();
  await seedCampaigns(trx, ids);
  await seedDeadlineSubmissions(trx, ids);
  await trx
    .insertInto('app_milestones')
    .values({
      unit_id: id(ids, 'kg'),
      milestone: 'requirements',
      reached_on: '2025-03-01',
      note: 'Khảo sát nhu cầu',
    })
    .execute();
  await trx
    .insertInto('publications')
    .values({
      unit_id: id(ids, 'kg'),
      title: 'Người tốt việc thiện – Chung sức xây dựng cộng đồng nhân ái (tập 1)',
      series: 'nguoi-tot-viec-thien',
      kind: 'publication',
      published_on: '2025-05-08',
    })
    .execute();
}

async function seedCampaigns(trx: Kysely<Database>, ids: Ids) {
  const campaign = await trx
    .insertInto('campaigns')
    .values({
      title: 'Tháng Nhân đạo 2025',
      kind: 'campaign',
      organiser: 'central',
      starts_on: '2025-05-01',
      ends_on: '2025-05-31',
      target_kinds: JSON.stringify(['province', 'district', 'grassroots_province']),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const joined2025 = [
    'kg',
    ...ACTIVE_DISTRICTS,
    'kg-an-bien',
    'kg-vinh-thuan',
    'kg-truong-cao-dang',
  ];
  await trx
    .insertInto('campaign_participations')
    .values(
      joined2025.map((code) => ({
        campaign_id: campaign.id,
        unit_id: id(ids, code),
        participated_on: '2025-05-15',
      })),
    )
    .execute();
}

/** Most districts sent their own plan and their 2024 report; a few are late. (The 2025
 *  report fell due after the reform, to the commune-level chapters.) */
async function seedDeadlineSubmissions(trx: Kysely<Database>, ids: Ids) {
  const districts = [...ids.keys()].filter(
    (code) =>
      /^kg-[a-z-]+$/.test(code) && !code.startsWith('kg-ban-') && code.split('-').length <= 4,
  );
  const sent = (deadlineId: string, submittedOn: string, codes: string[]) =>
    codes.map((code) => ({
      unit_id: id(ids, code),
      deadline_id: deadlineId,
      submitted_on: submittedOn,
      note: 'Đã gửi qua email Ban Tuyên huấn',
    }));
  const plans = districts.filter(
    (code) => ACTIVE_DISTRICTS.includes(code) || STAFFED.includes(code),
  );
  await trx
    .insertInto('deadline_submissions')
    .values([
      ...sent('own-plan', '2025-01-08', plans),
      ...sent('annual-report-2024', '2024-12-13', plans),
    ])
    .execute();
}
