import { useState } from 'react';
import { RESIGNATION_REASONS, type ResignationReason } from '../../../../shared/domain/reports/ending-reasons';
import type { Household } from '../../../../shared/schemas/household';
import { useRead } from '../../api/hooks';
import { SelectField } from '../../components/fields';
import { formatDate } from '../../format';
import { useSession } from '../auth/session-context';
import { DateActionForm } from '../decisions/date-action-form';
import { ResignationLetter } from '../decisions/resignation-letter';

const REASON_OPTIONS = Object.entries(RESIGNATION_REASONS).map(([value, label]) => ({
  value: value as ResignationReason,
  label,
}));

/**
 * The carers' written notice of resignation, recorded when it arrives: the
 * 28 days (reg 28(13)) start at once. The panel may note it later.
 */
export function ResignationNoticeSection({
  household,
  onSaved,
}: {
  household: Household;
  onSaved: (notice: string) => void;
}) {
  const { may } = useSession();
  const latest = useRead('resignations:ofHousehold', { id: household.id });
  const [open, setOpen] = useState(false);
  const resignation = household.status === 'resigned' ? latest.data : null;
  const mayRecord = household.status === 'approved' && may('resignations:record');
  if (!resignation && !mayRecord) return null;
  return (
    <section className="section" aria-labelledby="resignation-notice-heading">
      <h2 id="resignation-notice-heading">Resignation</h2>
      {resignation ? (
        <dl className="summary-list">
          <div className="summary-row">
            <dt>Written notice received</dt>
            <dd>{formatDate(resignation.noticeReceivedOn)}</dd>
          </div>
          <div className="summary-row">
            <dt>Approval ends</dt>
            <dd>{formatDate(resignation.approvalEnds)}</dd>
          </div>
          <div className="summary-row">
            <dt>Reason</dt>
            <dd>
              {resignation.reason && resignation.reason in RESIGNATION_REASONS
                ? RESIGNATION_REASONS[resignation.reason as ResignationReason]
                : 'Not given'}
            </dd>
          </div>
          <div className="summary-row">
            <dt>Noted by the panel</dt>
            <dd>{resignation.itemId ? 'Yes' : 'Not yet (optional)'}</dd>
          </div>
        </dl>
      ) : null}
      {resignation && may('documents:issue') ? <NoticeLetter id={resignation.id} /> : null}
      {mayRecord && !open ? (
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
            Record a resignation notice
          </button>
        </div>
      ) : null}
      {mayRecord && open ? (
        <DateActionForm
          id="resignationNoticeReceivedOn"
          heading="Record the written notice of resignation"
          legend="Date the written notice was received"
          hint="Approval ends 28 days after this date. The panel may note the resignation later; it is not required."
          field="noticeReceivedOn"
          submitLabel="Record the notice"
          initialToday={false}
          channel="resignations:record"
          extra={{ reason: '' as ResignationReason | '' }}
          toInput={(noticeReceivedOn, { reason }) => ({
            householdId: household.id,
            noticeReceivedOn,
            reason: reason || null,
          })}
          onSaved={(saved) => {
            setOpen(false);
            onSaved(`The resignation notice has been recorded. Approval ends on ${formatDate(saved.approvalEnds)}.`);
          }}
        >
          {(form) => (
            <SelectField
              id="resignationNoticeReason"
              label="Main reason for resigning (optional)"
              hint="Counted by reason in the annual panel report."
              placeholder="Not given"
              options={REASON_OPTIONS}
              {...form.bind('reason')}
            />
          )}
        </DateActionForm>
      ) : null}
    </section>
  );
}

/** The acknowledgement (the date approval ends) can go out as soon as the notice is recorded, panel or not. */
function NoticeLetter({ id }: { id: string }) {
  const notice = useRead('resignations:notice', { id });
  return notice.data ? <ResignationLetter view={notice.data} /> : null;
}
