import type { SittingDetail } from '../../../../shared/schemas/sitting-views';
import { useRead } from '../../api/hooks';
import { DownloadDocument } from '../../components/download-document';

/** The sitting's agenda as a Word document. */
export function DownloadAgenda({ sitting }: { sitting: SittingDetail }) {
  const agencyName = useRead('settings:get', {}).data?.agencyName ?? 'Fostering service';
  return (
    <DownloadDocument
      label="Download agenda (DOCX)"
      busyLabel="Making the agenda…"
      what="the agenda"
      kind="agenda"
      subjectId={sitting.id}
      suggestedName={`Panel agenda ${sitting.date}`}
      build={async () => {
        const { buildAgendaDocument } = await import('../../../../shared/documents/agenda-document');
        return buildAgendaDocument({ agencyName, sitting });
      }}
    />
  );
}
