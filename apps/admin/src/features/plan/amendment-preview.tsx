// What the server says an amendment would change on its date: units that gain or lose
// indicators, and each touched indicator's roll-up before and after.
import { useLang } from '../../lib/i18n';
import type { RouterOutputs } from '../../lib/types';

type Preview = RouterOutputs['plan']['previewAmendment'];

export function AmendmentPreview({ preview }: { preview: Preview }) {
  const { t } = useLang();
  if (preview.problems.length > 0) {
    return (
      <div className="alert" role="alert">
        <ul>
          {preview.problems.map((p) => (
            <li key={p.vi}>{t(p)}</li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <section className="stack" aria-labelledby="amendment-preview" aria-live="polite">
      <h3 id="amendment-preview">{t({ vi: 'Xem trước thay đổi', en: 'Preview of the change' })}</h3>
      {preview.rollups.length > 0 ? (
        <table>
          <caption>{t({ vi: 'Tỷ lệ toàn tỉnh', en: 'Province-wide figures' })}</caption>
          <thead>
            <tr>
              <th scope="col">{t({ vi: 'Chỉ tiêu', en: 'Indicator' })}</th>
              <th scope="col">{t({ vi: 'Trước', en: 'Before' })}</th>
              <th scope="col">{t({ vi: 'Sau', en: 'After' })}</th>
            </tr>
          </thead>
          <tbody>
            {preview.rollups.map((r) => (
              <tr key={r.indicator}>
                <th scope="row">{r.indicator}</th>
                <td>{r.before ? t(r.before.label) : t({ vi: 'Không có', en: 'None' })}</td>
                <td>{r.after ? t(r.after.label) : t({ vi: 'Bãi bỏ', en: 'Retired' })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {preview.units.length === 0 ? (
        <p>
          {t({
            vi: 'Không đơn vị nào thêm hay bớt chỉ tiêu.',
            en: 'No unit gains or loses an indicator.',
          })}
        </p>
      ) : (
        <ul className="card-list">
          {preview.units.map((u) => (
            <li key={u.unit.id}>
              <strong>{u.unit.name}</strong>
              {u.gains.length > 0
                ? ` · ${t({ vi: 'thêm', en: 'gains' })} ${u.gains.join(', ')}`
                : ''}
              {u.loses.length > 0
                ? ` · ${t({ vi: 'bớt', en: 'loses' })} ${u.loses.join(', ')}`
                : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
