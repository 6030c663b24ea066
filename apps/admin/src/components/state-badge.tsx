// A compliance state shown by colour AND by icon and words, never by colour alone.
import { COMPLIANCE_STATE_LABELS, type ComplianceState } from '@lantoa/domain';
import { useLang } from '../lib/i18n';

// Icons from the Geometric Shapes and Dingbats blocks, which phones' system fonts draw; the
// hourglass ⧗ (Misc. Math Symbols-B) showed as an empty box.
export const STATE_ICONS: Record<ComplianceState, string> = {
  met: '✓',
  pending_review: '◔',
  in_progress: '…',
  due_soon: '!',
  overdue: '✕',
  not_met: '✕',
  not_applicable: '–',
};

export function StateBadge({ state, title }: { state: ComplianceState; title?: string }) {
  const { t } = useLang();
  return (
    <span className={`badge state-${state}`} title={title}>
      <span className="badge-icon" aria-hidden="true">
        {STATE_ICONS[state]}
      </span>
      {t(COMPLIANCE_STATE_LABELS[state])}
    </span>
  );
}
