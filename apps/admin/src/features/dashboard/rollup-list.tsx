// The plan's own figures, e.g. "12/15 huyện, thành Hội (80%)", one per indicator.
import { useLang } from '../../lib/i18n';
import type { Matrix } from '../../lib/types';

export function RollupList({ matrix }: { matrix: Matrix }) {
  const { t } = useLang();
  const titleOf = new Map(matrix.indicators.map((i) => [i.code, i]));
  return (
    <ul className="rollups">
      {matrix.rollups.map((r) => {
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
  );
}
