import { useMemo } from 'react';
import type { LetterSubject } from '../../../../shared/documents/letters';
import type { ExtensionView } from '../../../../shared/schemas/decision';
import type { ItemView } from '../../../../shared/schemas/sitting-views';
import { useRead, useToday } from '../../api/hooks';
import { LoadState } from '../../components/load-state';
import { formatDate, formatOptionalDate } from '../../format';
import { useSession } from '../auth/session-context';
import { SummaryRows } from '../sittings/recommendation-view';
import { ExtensionForm } from './extension-form';
import { LetterDownload } from './letter-download';
import { useLetterInput } from './use-letters';

/** A temporary approval extension (CPPCR reg 25): the panel gives its views, the nominated officer decides. */
export function ExtensionSection({ item, onSaved }: { item: ItemView; onSaved: (notice: string) => void }) {
  const extension = useRead('extensions:get', { itemId: item.id });
  const { may } = useSession();
  // The approval date starts as today, so the form waits for the backend's clock.
  const today = useToday();
  return (
    <section className="section" aria-labelledby="extension-heading">
      <h2 id="extension-heading">Extension of temporary approval</h2>
      <LoadState query={extension} what="the extension">
        {(view) => (
          <>
            <SummaryRows rows={extensionRows(view)} />
            {view.blocked || (view.extension && view.ordinaryBlocked) ? (
              <div className="panel">
                <p>{view.blocked ?? view.ordinaryBlocked}</p>
              </div>
            ) : null}
            {!view.blocked && !view.extension && today && may('extensions:approve') ? (
              <ExtensionForm view={view} onSaved={onSaved} />
            ) : null}
            {may('documents:issue') ? <ExtensionLetter view={view} /> : null}
          </>
        )}
      </LoadState>
    </section>
  );
}

function extensionRows(view: ExtensionView): [string, React.ReactNode][] {
  const rows: [string, React.ReactNode][] = [
    ['Temporary approval from', formatOptionalDate(view.temporaryApprovalDate)],
    ['Ends without an extension', formatOptionalDate(view.originalEnd)],
    ['Latest end with an extension', formatOptionalDate(view.latestEnd)],
    [
      'Ends now',
      view.currentEnd
        ? formatDate(view.currentEnd)
        : view.originalEnd
          ? 'When the ADM makes the final decision after the IRM review'
          : 'Not known',
    ],
    ["The panel's views", view.panelViews ?? 'Not given yet'],
  ];
  const e = view.extension;
  if (view.irmCase) rows.push(['IRM application', `About the ${view.irmCase.typeLabel.toLowerCase()} decision`]);
  if (e) {
    rows.push([
      'Extended to',
      e.newEnd
        ? formatDate(e.newEnd)
        : e.endedOn
          ? `Until the IRM outcome: ended with the final decision on ${formatDate(e.endedOn)}`
          : 'Until the outcome of the IRM review is known: open until the ADM’s final decision',
    ]);
    rows.push(['Approved', `${formatDate(e.decidedOn)} by ${e.decidedByName}`]);
    rows.push(["Child's IRO told", formatDate(e.iroToldOn)]);
  }
  return rows;
}

function ExtensionLetter({ view }: { view: ExtensionView }) {
  const subject = useMemo<LetterSubject>(() => ({ kind: 'extension', view }), [view]);
  const input = useLetterInput(subject);
  return <LetterDownload kind="letter-extension" input={input} subjectId={view.itemId} />;
}
