import { useState } from 'react';
import type { ReportPeriod } from '../../../../shared/schemas/report';
import type { ReportCommentary } from '../../../../shared/schemas/report-commentary';
import { useRead } from '../../api/hooks';
import { TextArea } from '../../components/fields';
import { LoadState } from '../../components/load-state';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';
import { formatDateTime } from '../../format';
import { useSession } from '../auth/session-context';

/**
 * The chair's commentary on the period, written here and kept in the app (one
 * per period, so each year's stays with its year), and printed in the Word
 * document. The chair or the administrator writes it; each save is audited.
 */
export function CommentarySection({ period }: { period: ReportPeriod }) {
  const commentary = useRead('reports:commentary', { from: period.from, to: period.to });
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <LoadState query={commentary} what="the chair’s commentary">
      {(loaded) => (
        <CommentaryForm
          // A fresh form for each period and each saved version; the notice lives out here, so it stays.
          key={`${loaded.from}:${loaded.to}:${loaded.version}`}
          commentary={loaded}
          notice={notice}
          onSaved={setNotice}
        />
      )}
    </LoadState>
  );
}

function savedWords(commentary: ReportCommentary): string {
  return commentary.updatedAt && commentary.updatedByName
    ? `Last saved by ${commentary.updatedByName} on ${formatDateTime(commentary.updatedAt)}.`
    : 'Not written yet.';
}

function CommentaryForm({
  commentary,
  notice,
  onSaved,
}: {
  commentary: ReportCommentary;
  notice: string | null;
  onSaved: (notice: string) => void;
}) {
  const { may } = useSession();
  const { from, to } = commentary;
  const form = useChannelForm({
    channel: 'reports:saveCommentary',
    draftKey: `report-commentary:${from}:${to}`,
    version: commentary.version,
    initial: () => ({ text: commentary.text }),
    toInput: (values, version = commentary.version) => ({ from, to, text: values.text, version }),
    onSaved: () => onSaved('The commentary has been saved. The Word document prints it.'),
  });
  if (!may('reports:saveCommentary')) {
    return <p className="report-commentary-text">{commentary.text || 'No commentary has been written yet.'}</p>;
  }
  return (
    <FormFrame
      form={form}
      submitLabel="Save the commentary"
      header={
        notice ? (
          <div role="status" className="notice-banner">
            {notice}
          </div>
        ) : null
      }
    >
      <TextArea
        id="report-commentary"
        label="The chair’s commentary"
        hint={`Kept in the app for this period and printed at the start of the Word document. ${savedWords(commentary)}`}
        rows={8}
        {...form.bind('text')}
      />
    </FormFrame>
  );
}
