import { useState } from 'react';
import type { SittingDetail } from '../../../../shared/schemas/sitting-views';
import { useRead, useWrite } from '../../api/hooks';

/** Builds the agenda here (the window owns the document), then main saves it and says where. */
export function DownloadAgenda({ sitting }: { sitting: SittingDetail }) {
  const save = useWrite('documents:save');
  const agencyName = useRead('settings:get', {}).data?.agencyName ?? 'Fostering service';
  const [building, setBuilding] = useState(false);
  const [buildError, setBuildError] = useState<string | null>(null);
  const download = async () => {
    setBuilding(true);
    setBuildError(null);
    save.reset();
    try {
      // Loaded on first use: the Word library is large and most screens never need it.
      const [{ Packer }, { buildAgendaDocument }] = await Promise.all([
        import('docx'),
        import('../../../../shared/documents/agenda-document'),
      ]);
      const base64 = await Packer.toBase64String(buildAgendaDocument({ agencyName, sitting }));
      save.mutate({ kind: 'agenda', subjectId: sitting.id, suggestedName: `Panel agenda ${sitting.date}`, base64 });
    } catch {
      setBuildError('The agenda could not be made. Nothing was saved. Try again.');
    } finally {
      setBuilding(false);
    }
  };
  const error = buildError ?? save.error?.message ?? null;
  return (
    <div className="download">
      <button
        type="button"
        className="button button--secondary"
        disabled={building || save.isPending}
        onClick={() => void download()}
      >
        {building || save.isPending ? 'Making the agenda…' : 'Download agenda (DOCX)'}
      </button>
      <div role="status" className={save.data ? 'notice-banner' : undefined}>
        {save.data ? (
          <>
            Saved to <span className="path">{save.data.path}</span>
          </>
        ) : null}
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
