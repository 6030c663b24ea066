// A publication's archived files (uploaded like a report's evidence, versioned).
import { EvidenceFiles } from '../../components/evidence-files';
import { Sheet } from '../../components/sheet';
import { useLang } from '../../lib/i18n';
import { M } from '../../lib/screen-messages';
import type { ReportFile } from '../../lib/types';
import type { RecordRow } from './record-form';

/** A publication's archived files, as records.ofUnit lists them. */
export const filesOfRow = (row: RecordRow) => (row.files ?? []) as ReportFile[];

interface PublicationFilesSheetProps {
  row: RecordRow;
  title: string;
  canUpload: boolean;
  onVersion: (version: number) => void;
  onClose: () => void;
}

export function PublicationFilesSheet(props: PublicationFilesSheetProps) {
  const { row, title, canUpload, onVersion, onClose } = props;
  const { t } = useLang();
  return (
    <Sheet title={`${t(M.archiveFiles)}: ${title}`} onClose={onClose}>
      <EvidenceFiles
        target={{ kind: 'publications', id: row.id }}
        legend={t(M.archiveFiles)}
        version={row.version}
        files={filesOfRow(row)}
        canUpload={canUpload}
        onVersion={onVersion}
      />
    </Sheet>
  );
}
