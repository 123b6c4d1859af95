import type { ReactNode } from 'react';
import { approverCapacityWords, type MinutesView } from '../../../../shared/schemas/minutes';
import { SITTING_STATUS_LABELS } from '../../../../shared/schemas/sitting';
import { formatDateTime } from '../../format';
import { SummaryRows } from '../sittings/recommendation-view';
import { canWriteMinutes, contentReference, countItems } from './minutes-words';

/** Where the minutes are: saved, approved, voided, sent; and what stands in the way of the next step. */
export function MinutesState({ view, canSave }: { view: MinutesView; canSave: boolean }) {
  const latest = view.versions[0] ?? null;
  const { approval, lastVoid } = view;
  const rows: [string, ReactNode][] = [['Sitting status', SITTING_STATUS_LABELS[view.sittingStatus]]];
  rows.push([
    'Latest saved version',
    latest
      ? `${approval?.versionNumber === latest.number ? 'Version' : 'Draft version'} ${latest.number}, saved by ${latest.savedByName} on ${formatDateTime(latest.savedAt)}`
      : 'No draft has been saved yet',
  ]);
  rows.push([
    'Chair’s approval',
    approval
      ? `Approved by ${approval.byName}, ${approverCapacityWords(approval.capacity)}, on ${formatDateTime(approval.at)}: version ${approval.versionNumber}, content reference ${contentReference(approval.hash)}`
      : 'Not approved',
  ]);
  if (lastVoid) {
    rows.push([
      approval ? 'Earlier approval voided' : 'Approval voided',
      `Voided by ${lastVoid.byName} on ${formatDateTime(lastVoid.at)}: ${lastVoid.reason}`,
    ]);
  }
  const sent = view.referrals.filter((r) => r.sentDate !== null).length;
  if (approval || sent > 0) {
    rows.push([
      'Sent to the ADM',
      view.referrals.length === 0
        ? 'No item needs an ADM decision'
        : sent === view.referrals.length
          ? `Sent for every item needing a decision (${countItems(sent)})`
          : `${sent} of ${countItems(view.referrals.length)} sent`,
    ]);
  }
  return (
    <>
      <SummaryRows rows={rows} />
      <Warnings view={view} canSave={canSave} />
    </>
  );
}

function Warnings({ view, canSave }: { view: MinutesView; canSave: boolean }) {
  const latest = view.versions[0] ?? null;
  if (view.sittingStatus === 'cancelled') {
    return (
      <div className="panel">
        <p>This sitting was cancelled, so it has no minutes.</p>
      </div>
    );
  }
  if (!canWriteMinutes(view.sittingStatus)) {
    return (
      <div className="panel">
        <p>The minutes can be written once the sitting is marked as held, from the sitting’s page.</p>
      </div>
    );
  }
  return (
    <>
      {view.approval && !view.approval.intact ? (
        <div className="panel panel--warning">
          <h2>The approved minutes no longer match what the chair approved</h2>
          <p>Check the audit trail before sending or issuing anything.</p>
        </div>
      ) : null}
      {view.unresolvedItems.length > 0 ? (
        <div className="panel panel--warning">
          <h2>Items without a recommendation or other outcome</h2>
          <p>
            The chair cannot approve the minutes until each of these has a recommendation, or is deferred, withdrawn or
            moved:
          </p>
          <ul className="warning-list">
            {view.unresolvedItems.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {latest && view.unsavedChanges && !view.approval ? (
        <div className="panel panel--warning">
          <h2>The record has changed since version {latest.number} was saved</h2>
          <p>
            {canSave
              ? 'Save the draft again so the saved minutes match the sitting’s record: the chair can only approve an up-to-date version.'
              : 'The administrator needs to save the draft again before the chair can approve it.'}
          </p>
        </div>
      ) : null}
    </>
  );
}
