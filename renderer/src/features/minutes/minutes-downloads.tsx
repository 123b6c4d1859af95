import type { MinutesView } from '../../../../shared/schemas/minutes';
import { DownloadDocument } from '../../components/download-document';

/**
 * The minutes as Word documents, made by main from the minutes it holds: the
 * draft to read, and once approved the final minutes and each ADM's extract.
 */
export function MinutesDownloads({ view }: { view: MinutesView }) {
  const { approval, approvedContent, referrals } = view;
  return (
    <section className="section" aria-labelledby="documents-heading">
      <h2 id="documents-heading">Documents</h2>
      <DownloadDocument
        label="Download draft minutes (DOCX)"
        busyLabel="Making the draft minutes…"
        kind="minutes-draft"
        subjectId={view.sittingId}
      />
      {approval && approvedContent ? (
        <>
          <DownloadDocument
            label="Download final minutes (DOCX)"
            busyLabel="Making the final minutes…"
            kind="minutes-final"
            subjectId={view.sittingId}
          />
          {referrals.map((referral) => (
            <DownloadDocument
              key={referral.itemId}
              label={`Download extract for the ADM: item ${referral.number} (DOCX)`}
              busyLabel={`Making the extract for item ${referral.number}…`}
              kind="minutes-extract"
              subjectId={referral.itemId}
            />
          ))}
        </>
      ) : null}
    </section>
  );
}
