// Reorganisations (administrators): merge, split, dissolve, move and rename units, each
// dated, previewed and applied all at once; the list of those recorded (decision 18).
import { useState } from 'react';
import { guarded } from '../../lib/guarded';
import { useLang } from '../../lib/i18n';
import { ReorganisationBuilder } from './reorganisation-builder';
import { ReorganisationList } from './reorganisation-list';

export function ReorganisationsPage() {
  const { t } = useLang();
  const [isBuilding, setBuilding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <h1>{t({ vi: 'Sắp xếp tổ chức', en: 'Reorganisations' })}</h1>
      <p className="muted">
        {t({
          vi: 'Sáp nhập, chia tách, giải thể, chuyển trực thuộc, đổi tên — có ngày hiệu lực. Báo cáo, hồ sơ, bài viết vẫn thuộc đơn vị đã lập ra chúng.',
          en: 'Merge, split, dissolve, move, rename — each dated. Reports, records and stories stay with the unit they were made for.',
        })}
      </p>
      <div aria-live="polite">
        {notice ? (
          <p className="notice" role="status">
            {notice}
          </p>
        ) : null}
      </div>
      {isBuilding ? (
        <ReorganisationBuilder
          onDone={(message) => {
            setBuilding(false);
            if (message) setNotice(message);
          }}
        />
      ) : (
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => {
            setNotice(null);
            setBuilding(true);
          }}
        >
          + {t({ vi: 'Đợt sắp xếp mới', en: 'New reorganisation' })}
        </button>
      )}
      <section className="card" aria-labelledby="reorg-list">
        <h2 id="reorg-list">{t({ vi: 'Các đợt đã ghi nhận', en: 'Recorded reorganisations' })}</h2>
        <ReorganisationList onNotice={setNotice} />
      </section>
    </>
  );
}

/** Only roles the policy gives `unit.reorganise` (decision 17). */
export const ReorganisationsPageGuarded = guarded('unit.reorganise', ReorganisationsPage);
