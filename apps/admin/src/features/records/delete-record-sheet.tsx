// Deleting a record, after the user confirms which one (versioned like every edit).
import type { RecordKind } from '@lantoa/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Sheet } from '../../components/sheet';
import { trpc } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { FormAlert } from '../../lib/forms';
import { useLang } from '../../lib/i18n';
import { M } from '../../lib/screen-messages';
import type { RecordRow } from './record-form';

interface DeleteRecordSheetProps {
  kind: RecordKind;
  record: RecordRow;
  unitId: string;
  /** The record in words, as the list shows it. */
  line: string;
  onClose: (message?: string) => void;
}

export function DeleteRecordSheet({ kind, record, unitId, line, onClose }: DeleteRecordSheetProps) {
  const { t, lang } = useLang();
  const queryClient = useQueryClient();
  const remove = useMutation(
    trpc.records.delete.mutationOptions({
      onSettled: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.records.ofUnit.queryKey({ unitId }) }),
          queryClient.invalidateQueries({ queryKey: trpc.compliance.pathKey() }),
        ]),
    }),
  );
  return (
    <Sheet title={t(M.confirmDelete)} onClose={() => onClose()}>
      <p>{line}</p>
      <FormAlert message={remove.isError ? errorMessage(remove.error, lang) : null} />
      <div className="actions">
        <button
          type="button"
          className="btn btn-primary"
          disabled={remove.isPending}
          onClick={() =>
            remove.mutate(
              { kind, id: record.id, version: record.version },
              { onSuccess: () => onClose(t(M.recordDeleted)) },
            )
          }
        >
          {t(M.confirmDeleteYes)}
        </button>
        <button type="button" className="btn" onClick={() => onClose()}>
          {t('cancel')}
        </button>
      </div>
    </Sheet>
  );
}
