// The plan's own figures, e.g. "12/15 huyện, thành Hội (80%)", one per indicator that counts
// some unit of the subtree; the others are named in one plain sentence, never as 0/0.
import { useLang } from '../../lib/i18n';
import type { Matrix } from '../../lib/types';
import { codesCountingNoUnit } from './scope-indicators';

export function RollupList({ matrix }: { matrix: Matrix }) {
  const { t } = useLang();
  const titleOf = new Map(matrix.indicators.map((i) => [i.code, i]));
  const countingNoUnit = codesCountingNoUnit(matrix);
  return (
    <>
      <ul className="rollups">
        {matrix.rollups
          .filter((r) => r.applicable > 0)
          .map((r) => {
            const ind = titleOf.get(r.indicator);
            const pct = Math.round(r.share * 100);
            return (
              <li key={r.indicator} className="rollup">
                <p className="rollup-head">
                  <span className="ind-code">{r.indicator}</span> {ind ? t(ind.shortTitle) : ''}
                </p>
                <p className="rollup-label">{t(r.label)}</p>
                <div className="meter" aria-hidden="true">
                  <span className="meter-fill" style={{ width: `${pct}%` }} />
                </div>
              </li>
            );
          })}
      </ul>
      {countingNoUnit.length > 0 ? (
        <p className="muted small">
          {t({
            vi: `Không đơn vị nào trong phạm vi này thuộc diện chỉ tiêu ${countingNoUnit.join(', ')}.`,
            en: `No unit in this scope is counted for ${countingNoUnit.join(', ')}.`,
          })}
        </p>
      ) : null}
    </>
  );
}
