// What is overdue or due soon, in the server's order (overdue first); the full list lives on
// the deadlines page.
import { Link } from '@tanstack/react-router';
import { StateBadge } from '../../components/state-badge';
import { formatDate } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import type { DeadlineItem } from '../../lib/types';

export function DueList({ items }: { items: readonly DeadlineItem[] }) {
  const { t } = useLang();
  return (
    <ul className="due-list">
      {items.map((item) => (
        <li key={`${item.unitId}-${item.indicator ?? item.deadlineId}-${item.periodKey ?? ''}`}>
          <StateBadge state={item.state} />
          <span className="due-date">
            {t('due')} {formatDate(item.due)}
          </span>
          <span className="due-what">
            {item.unit ? (
              <Link to="/units/$unitId" params={{ unitId: item.unit.id }}>
                {item.unit.name}
              </Link>
            ) : null}{' '}
            — {item.indicator ? <span className="ind-code">{item.indicator}</span> : null}{' '}
            {withoutRepeats(t(item.label), item.unit?.name, item.indicator)}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The domain's label names the unit and indicator for use on its own; here both are shown
 *  just before it, so they are not repeated. */
function withoutRepeats(
  label: string,
  unitName: string | undefined,
  indicator: string | undefined,
) {
  let text =
    unitName && label.startsWith(`${unitName}: `) ? label.slice(unitName.length + 2) : label;
  if (indicator && text.startsWith(`${indicator} `)) text = text.slice(indicator.length + 1);
  return text;
}
