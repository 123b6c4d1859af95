import type { SittingDetail } from '../../../../shared/schemas/sitting-views';
import { DownloadDocument } from '../../components/download-document';

/** The sitting's agenda as a Word document, made by main from the sitting's records. */
export function DownloadAgenda({ sitting }: { sitting: SittingDetail }) {
  return (
    <DownloadDocument
      label="Download agenda (DOCX)"
      busyLabel="Making the agenda…"
      kind="agenda"
      subjectId={sitting.id}
    />
  );
}
