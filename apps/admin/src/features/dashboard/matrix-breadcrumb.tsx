// The path above the matrix level shown: each unit a link back up (the URL carries the
// level, so the browser's back button walks the same way).
import { Link } from '@tanstack/react-router';
import { useLang } from '../../lib/i18n';
import type { Matrix } from '../../lib/types';

export function MatrixBreadcrumb({ matrix }: { matrix: Matrix }) {
  const { t } = useLang();
  if (matrix.path.length === 0) return null;
  return (
    <nav aria-label={t('breadcrumb')} className="breadcrumb">
      <ol>
        {matrix.path.map((unit) => (
          <li key={unit.id}>
            <Link to="/" search={(s) => ({ ...s, root: unit.id })}>
              {unit.name}
            </Link>
          </li>
        ))}
        <li aria-current="page">{matrix.root.name}</li>
      </ol>
    </nav>
  );
}
