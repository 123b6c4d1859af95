import type { MinutesView } from '../../../../shared/schemas/minutes';
import { DownloadDocument } from '../../components/download-document';

const builders = () => import('../../../../shared/documents/minutes-document');

/** The minutes as Word documents: the draft to read, and once approved the final minutes and each ADM's extract. */
export function MinutesDownloads({ view }: { view: MinutesView }) {
  const { draft, approval, approvedContent, referrals } = view;
  const date = draft.sitting.date;
  const latest = view.versions[0]?.number;
  return (
    <section className="section" aria-labelledby="documents-heading">
      <h2 id="documents-heading">Documents</h2>
      <DownloadDocument
        label="Download draft minutes (DOCX)"
        busyLabel="Making the draft minutes…"
        what="the draft minutes"
        kind="minutes-draft"
        subjectId={view.sittingId}
        suggestedName={`Draft panel minutes ${date}${latest && !view.unsavedChanges ? ` v${latest}` : ''}`}
        build={async () => (await builders()).buildDraftMinutesDocument(draft)}
      />
      {approval && approvedContent ? (
        <>
          <DownloadDocument
            label="Download final minutes (DOCX)"
            busyLabel="Making the final minutes…"
            what="the final minutes"
            kind="minutes-final"
            subjectId={view.sittingId}
            suggestedName={`Panel minutes ${date} v${approval.versionNumber}`}
            build={async () => (await builders()).buildFinalMinutesDocument(approvedContent, approval, referrals)}
          />
          {referrals.map((referral) => (
            <DownloadDocument
              key={referral.itemId}
              label={`Download extract for the ADM: item ${referral.number} (DOCX)`}
              busyLabel={`Making the extract for item ${referral.number}…`}
              what={`the extract for item ${referral.number}`}
              kind="minutes-extract"
              subjectId={referral.itemId}
              suggestedName={`Panel minutes extract ${date} item ${referral.number} v${approval.versionNumber}`}
              build={async () =>
                (await builders()).buildMinutesExtractDocument(approvedContent, referral.itemId, approval)
              }
            />
          ))}
        </>
      ) : null}
    </section>
  );
}
