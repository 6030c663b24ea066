// Met share per indicator per plan year: one small SVG bar chart per indicator. Each is
// an image with a text alternative that reads out the same figures. A year that has not
// begun gets no figure: the server judges it as of today, so the deadlines already met
// would read as 100% for a year nobody has worked in yet.
import { useQueries } from '@tanstack/react-query';
import { trpc } from '../../lib/api';
import { useLang } from '../../lib/i18n';
import { PLAN_YEARS } from '../../lib/search';
import type { Matrix } from '../../lib/types';
import { codesCountingNoUnit } from './scope-indicators';

const W = 160;
const H = 96;
const BAR = 26;
const GAP = (W - PLAN_YEARS.length * BAR) / (PLAN_YEARS.length + 1);
const TOP = 14;
const BOTTOM = 16;

export function ProgressChart({ rootId, current }: { rootId?: string; current: Matrix }) {
  const { t } = useLang();
  // Only the roll-ups are drawn: one child per answer keeps eight years' answers small.
  const results = useQueries({
    queries: PLAN_YEARS.map((year) =>
      trpc.compliance.matrix.queryOptions({ year, rootId, limit: 1 }),
    ),
  });
  const isLoading = results.some((r) => r.isPending);
  const notBegun = t({ vi: 'chưa bắt đầu', en: 'not begun' });
  /** A share, undefined while loading, or null for a year that has not begun. */
  const shareOf = (year: number, code: string) => {
    const data = results[PLAN_YEARS.indexOf(year as (typeof PLAN_YEARS)[number])]?.data;
    // The answer's asOf is the server's today for the current and later years.
    if (data && data.asOf < `${year}-01-01`) return null;
    return data?.rollups.find((r) => r.indicator === code)?.share;
  };
  const figure = (share: number | null | undefined, loading: string) =>
    share === null ? notBegun : share === undefined ? loading : `${Math.floor(share * 100)}%`;
  const countingNoUnit = new Set(codesCountingNoUnit(current));
  return (
    <ul className="charts" aria-busy={isLoading}>
      {current.indicators
        .filter((ind) => !countingNoUnit.has(ind.code))
        .map((ind) => {
          const points = PLAN_YEARS.map((year) => ({ year, share: shareOf(year, ind.code) }));
          const alt = `${ind.code} ${t(ind.shortTitle)}: ${points
            .map((p) => `${p.year} ${figure(p.share, '—')}`)
            .join(', ')}`;
          return (
            <li key={ind.code} className="chart">
              <p className="chart-title">
                <span className="ind-code">{ind.code}</span> {t(ind.shortTitle)}
              </p>
              <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={alt} className="chart-svg">
                <line x1="0" x2={W} y1={H - BOTTOM} y2={H - BOTTOM} className="chart-axis" />
                {points.map((p, i) => {
                  const x = GAP + i * (BAR + GAP);
                  const h = (p.share ?? 0) * (H - TOP - BOTTOM);
                  const y = H - BOTTOM - h;
                  return (
                    <g key={p.year}>
                      <rect x={x} y={y} width={BAR} height={h} className="chart-bar" />
                      <text x={x + BAR / 2} y={y - 3} className="chart-value">
                        {p.share === null ? '—' : figure(p.share, '…')}
                      </text>
                      <text x={x + BAR / 2} y={H - 3} className="chart-year">
                        {p.year}
                      </text>
                    </g>
                  );
                })}
              </svg>
            </li>
          );
        })}
    </ul>
  );
}
