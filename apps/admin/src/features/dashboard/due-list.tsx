// What is overdue or due soon, overdue first; the full list lives on the deadlines page.
import { Link } from '@tanstack/react-router';
import { StateBadge } from '../../components/state-badge';
import { formatDate } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import type { DeadlineItem } from '../../lib/types';

export function sortDeadlines(items: readonly DeadlineItem[]): DeadlineItem[] {
  return [...items].sort((a, b) =>
    a.state === b.state ? a.due.localeCompare(b.due) : a.state === 'overdue' ? -1 : 1,
  );
}

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
            {t(item.label)}
          </span>
        </li>
      ))}
    </ul>
  );
}
