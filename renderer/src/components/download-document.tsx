import { DownloadsOff, useDownloadsAllowed } from './downloads-off';
import type { DocumentKind } from '../../../shared/contract/documents';
import { useSavingWrite } from '../api/saved-file';
import { SavedFileOutcome } from './saved-path';

/**
 * A button that asks main to issue a Word document about one record: main
 * builds it from its own records, saves it and keeps it in the register, and
 * this says where it went. The window never makes or sends the document.
 */
export function DownloadDocument({
  label,
  busyLabel,
  kind,
  subjectId,
}: {
  /** The button: "Download agenda (DOCX)". */
  label: string;
  /** While it is made and saved: "Making the agenda…". */
  busyLabel: string;
  kind: DocumentKind;
  subjectId: string;
}) {
  const save = useSavingWrite('documents:issue');
  const allowed = useDownloadsAllowed();
  const download = () => {
    save.reset();
    save.mutate({ kind, subjectId });
  };
  const error = save.error?.message ?? null;
  if (!allowed) return <DownloadsOff what={label} />;
  return (
    <div className="download">
      <button
        type="button"
        className="button button--secondary"
        // aria-disabled, not disabled: a disabled button drops keyboard focus to the page while it saves.
        aria-disabled={save.isPending}
        onClick={() => {
          if (!save.isPending) download();
        }}
      >
        {save.isPending ? busyLabel : label}
      </button>
      <SavedFileOutcome path={save.data?.path} error={error} />
    </div>
  );
}
