// A publication's archived files (uploaded like a report's evidence, versioned). With no
// network, an upload that got no answer, or while the publication has a change waiting in
// the phone's queue, new files wait in the queue too, after that change (decision 34).
import { useState } from 'react';
import { EvidenceFiles } from '../../components/evidence-files';
import { Sheet } from '../../components/sheet';
import { useLang } from '../../lib/i18n';
import { M } from '../../lib/screen-messages';
import type { ReportFile } from '../../lib/types';
import { O } from '../offline/offline-messages';
import { OfflineRecordFiles, queueFiles } from './offline-record-files';
import type { RecordRow } from './record-form';

/** A publication's archived files, as records.ofUnit lists them. */
export const filesOfRow = (row: RecordRow) => (row.files ?? []) as ReportFile[];

interface PublicationFilesSheetProps {
  row: RecordRow;
  unitId: string;
  title: string;
  canUpload: boolean;
  onVersion: (version: number) => void;
  onClose: () => void;
}

export function PublicationFilesSheet(props: PublicationFilesSheetProps) {
  const { row, unitId, title, canUpload, onVersion, onClose } = props;
  const { t } = useLang();
  // Read when the sheet opens, not at every render: the mode changes only when an upload
  // got no answer, and then the file it was sending is kept in the queue.
  const [isQueued, setQueued] = useState(() => !navigator.onLine || row.pending !== undefined);
  const [kept, setKept] = useState<string | null>(null);
  const queueFor = { row, unitId, label: `${t(M.archiveFiles)}: ${title}` };
  return (
    <Sheet title={`${t(M.archiveFiles)}: ${title}`} onClose={onClose}>
      <EvidenceFiles
        target={{ kind: 'publications', id: row.id }}
        legend={t(M.archiveFiles)}
        version={row.version}
        files={filesOfRow(row)}
        canUpload={canUpload && !isQueued}
        onVersion={onVersion}
        onUnreachable={async (file) => {
          if (await queueFiles([file], queueFor)) return false;
          setKept(t(O.filesOffline));
          setQueued(true);
          return true;
        }}
      />
      {canUpload && isQueued ? <OfflineRecordFiles {...queueFor} initialStatus={kept} /> : null}
    </Sheet>
  );
}
