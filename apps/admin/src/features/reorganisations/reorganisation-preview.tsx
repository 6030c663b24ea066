// What a reorganisation will do, before it is applied: the named errors, or the units it
// changes with the reports, records and stories that stay with them, and the tree before
// and after (changed units marked).
import { type PreviewUnit, UNIT_KIND_LABELS } from '@lantoa/domain';
import { useLang } from '../../lib/i18n';
import type { RouterOutputs } from '../../lib/types';
import { CHANGE_LABELS } from './reorganisation-labels';

type Preview = RouterOutputs['reorganisations']['preview'];

function Tree({ units }: { units: readonly PreviewUnit[] }) {
  const { t } = useLang();
  const codes = new Set(units.map((u) => u.code));
  const branch = (parent: string | null) => {
    const children = units.filter(
      (u) => (u.parentCode && codes.has(u.parentCode) ? u.parentCode : null) === parent,
    );
    if (children.length === 0) return null;
    return (
      <ul className="tree">
        {children.map((u) => (
          <li key={u.code}>
            <span className={u.changes.length > 0 ? 'tree-changed' : undefined}>
              {u.name} <span className="unit-kind">{t(UNIT_KIND_LABELS[u.kind])}</span>
              {u.changes.map((c) => (
                <span key={c} className="badge">
                  {t(CHANGE_LABELS[c])}
                </span>
              ))}
            </span>
            {branch(u.code)}
          </li>
        ))}
      </ul>
    );
  };
  return branch(null);
}

export function ReorganisationPreview({ preview }: { preview: Preview }) {
  const { t } = useLang();
  if (!preview.ok) {
    return (
      <div className="alert" role="alert">
        <p>{t({ vi: 'Đợt sắp xếp chưa hợp lệ:', en: 'The reorganisation is not valid:' })}</p>
        <ul>
          {preview.errors.map((e, i) => (
            <li key={`${e.code}-${i.toString()}`}>
              {e.step !== null ? `${t({ vi: 'Bước', en: 'Step' })} ${e.step + 1}: ` : ''}
              {t(e.message)}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  const nameOf = new Map(preview.before.map((u) => [u.code, u.name]));
  const totals = preview.touched.reduce(
    (s, u) => ({
      reports: s.reports + u.reports,
      records: s.records + u.records,
      stories: s.stories + u.stories,
    }),
    { reports: 0, records: 0, stories: 0 },
  );
  const { effects } = preview;
  return (
    <section className="card" aria-labelledby="reorg-preview">
      <h3 id="reorg-preview">{t({ vi: 'Xem trước', en: 'Preview' })}</h3>
      <p>
        {t({
          vi: `${effects.created.length} đơn vị mới, ${effects.closed.length} đơn vị không còn, ${effects.moved.length} đơn vị chuyển, ${effects.renamed.length} đơn vị đổi tên.`,
          en: `${effects.created.length} new units, ${effects.closed.length} closed, ${effects.moved.length} moved, ${effects.renamed.length} renamed.`,
        })}{' '}
        {t({
          vi: `${totals.reports} báo cáo, ${totals.records} hồ sơ và ${totals.stories} bài viết vẫn thuộc đơn vị đã lập ra chúng.`,
          en: `${totals.reports} reports, ${totals.records} records and ${totals.stories} stories stay with the unit they were made for.`,
        })}
      </p>
      {preview.touched.length > 0 ? (
        <div className="table-scroll">
          <table className="data">
            <caption className="visually-hidden">
              {t({ vi: 'Đơn vị bị ảnh hưởng', en: 'Units affected' })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t({ vi: 'Đơn vị', en: 'Unit' })}</th>
                <th scope="col">{t({ vi: 'Thay đổi', en: 'Change' })}</th>
                <th scope="col">{t({ vi: 'Báo cáo', en: 'Reports' })}</th>
                <th scope="col">{t({ vi: 'Hồ sơ', en: 'Records' })}</th>
                <th scope="col">{t({ vi: 'Bài viết', en: 'Stories' })}</th>
              </tr>
            </thead>
            <tbody>
              {preview.touched.map((u) => {
                const before = preview.before.find((b) => b.code === u.code);
                return (
                  <tr key={u.code}>
                    <th scope="row">{nameOf.get(u.code) ?? u.code}</th>
                    <td>
                      {(before?.changes ?? []).map((c) => t(CHANGE_LABELS[c])).join(', ')}
                      {before?.successors.length
                        ? ` → ${before.successors.map((s) => preview.after.find((a) => a.code === s)?.name ?? s).join(', ')}`
                        : ''}
                    </td>
                    <td>{u.reports}</td>
                    <td>{u.records}</td>
                    <td>{u.stories}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      <details>
        <summary>{t({ vi: 'Cây đơn vị trước', en: 'Tree before' })}</summary>
        <Tree units={preview.before} />
      </details>
      <details open>
        <summary>{t({ vi: 'Cây đơn vị sau', en: 'Tree after' })}</summary>
        <Tree units={preview.after} />
      </details>
    </section>
  );
}
