import { useState } from 'react';
import type { Document } from 'docx';
import type { ChannelInput } from '../../../shared/contract/channels';
import { useWrite } from '../api/hooks';

type DocumentKind = ChannelInput<'documents:save'>['kind'];

/**
 * A button that builds a Word document here (the window owns the document),
 * then main saves it and says where. `build` loads its builder with a dynamic
 * import, as this loads the Word library: it is large and most screens never need it.
 */
export function DownloadDocument({
  label,
  busyLabel,
  what,
  kind,
  subjectId,
  suggestedName,
  build,
}: {
  /** The button: "Download agenda (DOCX)". */
  label: string;
  /** While it is made and saved: "Making the agenda…". */
  busyLabel: string;
  /** For the failure message: "the agenda". */
  what: string;
  kind: DocumentKind;
  subjectId: string;
  suggestedName: string;
  build: () => Promise<Document>;
}) {
  const save = useWrite('documents:save');
  const [building, setBuilding] = useState(false);
  const [buildError, setBuildError] = useState<string | null>(null);
  const download = async () => {
    setBuilding(true);
    setBuildError(null);
    save.reset();
    try {
      const [{ Packer }, document] = await Promise.all([import('docx'), build()]);
      const base64 = await Packer.toBase64String(document);
      save.mutate({ kind, subjectId, suggestedName, base64 });
    } catch {
      setBuildError(`${capitalise(what)} could not be made. Nothing was saved. Try again.`);
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
        // aria-disabled, not disabled: a disabled button drops keyboard focus to the page while it saves.
        aria-disabled={building || save.isPending}
        onClick={() => {
          if (!building && !save.isPending) void download();
        }}
      >
        {building || save.isPending ? busyLabel : label}
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

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
