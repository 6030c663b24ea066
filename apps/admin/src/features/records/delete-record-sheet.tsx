// Deleting a record, after the user confirms which one (versioned like every edit). With no
// network, or for a record with a change still waiting in the phone's queue, the deletion
// waits in the queue too (decision 34): a record made offline is simply taken back.
import type { RecordKind } from '@lantoa/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Sheet } from '../../components/sheet';
import { trpc, trpcClient } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { FormAlert } from '../../lib/forms';
import { useLang } from '../../lib/i18n';
import { M } from '../../lib/screen-messages';
import { O } from '../offline/offline-messages';
import { isUnreachable } from '../offline/offline-sync';
import type { RecordRow } from './record-form';
import { keepDeleteForLater } from './record-offline';

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
  const remove = useMutation({
    // Offline it queues instead of asking, so React Query must not hold it until online.
    networkMode: 'always',
    mutationFn: async (): Promise<{ message: string; isQueued: boolean }> => {
      const input = { kind, id: record.id, version: record.version };
      if (navigator.onLine && !record.pending) {
        try {
          await trpcClient.records.delete.mutate(input);
          return { message: t(M.recordDeleted), isQueued: false };
        } catch (err) {
          if (!isUnreachable(err)) throw err;
        }
      }
      const outcome = await keepDeleteForLater({ ...input, unitId }, `${t(M.delete)}: ${line}`);
      if (outcome === null) throw new Error(t(O.network));
      const message = t(outcome === 'cancelled' ? O.deletedUnsent : O.deletedOffline);
      return { message, isQueued: true };
    },
    // A queued deletion changed nothing on the server: the list shows it from the queue.
    onSettled: (done) =>
      done?.isQueued
        ? undefined
        : Promise.all([
            queryClient.invalidateQueries({ queryKey: trpc.records.ofUnit.queryKey({ unitId }) }),
            queryClient.invalidateQueries({ queryKey: trpc.compliance.pathKey() }),
          ]),
  });
  return (
    <Sheet title={t(M.confirmDelete)} onClose={() => onClose()}>
      <p>{line}</p>
      <FormAlert message={remove.isError ? errorMessage(remove.error, lang) : null} />
      <div className="actions">
        <button
          type="button"
          className="btn btn-primary"
          disabled={remove.isPending}
          onClick={() => remove.mutate(undefined, { onSuccess: (done) => onClose(done.message) })}
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
