import { useState } from 'react';
import { APPLICATION_END_REASONS } from '../../../../shared/schemas/data-return';
import type { Household } from '../../../../shared/schemas/household';
import { useRead } from '../../api/hooks';
import { ChoiceGroup } from '../../components/choice-group';
import { formatDate } from '../../format';
import { useSession } from '../auth/session-context';
import { DateActionForm } from '../decisions/date-action-form';

type EndReason = 'withdrawn' | 'ended_by_service';
const REASON_OPTIONS: { value: EndReason; label: string }[] = [
  { value: 'withdrawn', label: APPLICATION_END_REASONS.withdrawn },
  { value: 'ended_by_service', label: APPLICATION_END_REASONS.ended_by_service },
];

/**
 * Why and when an application ended before approval (withdrawn by the
 * applicant, or ended by the service before panel): the annual fostering data
 * return counts each apart, and those ended before this was kept as "reason
 * not recorded" until someone records it here. Recording it closes an open
 * application as withdrawn. Not for a household ever approved, nor one the ADM
 * refused (that ending is the decision's).
 */
export function ApplicationOutcomeSection({
  household,
  onSaved,
}: {
  household: Household;
  onSaved: (notice: string) => void;
}) {
  const { may } = useSession();
  const outcome = useRead('households:applicationOutcome', { id: household.id });
  const [open, setOpen] = useState(false);
  const applies = !household.approvalDate && household.status !== 'refused';
  const current = outcome.data ?? null;
  const mayRecord = applies && may('households:recordApplicationOutcome');
  const ended = current !== null || household.status === 'withdrawn';
  if (!applies || (!ended && !mayRecord)) return null;
  return (
    <section className="section" aria-labelledby="application-outcome-heading">
      <h2 id="application-outcome-heading">How the application ended</h2>
      {current ? (
        <dl className="summary-list">
          <div className="summary-row">
            <dt>Reason</dt>
            <dd>{current.reasonLabel}</dd>
          </div>
          <div className="summary-row">
            <dt>Ended on</dt>
            <dd>{formatDate(current.endedOn)}</dd>
          </div>
          <div className="summary-row">
            <dt>Recorded by</dt>
            <dd>{current.recordedByName}</dd>
          </div>
        </dl>
      ) : ended ? (
        <p>The application ended, but why and when was not recorded: the annual data return counts it apart.</p>
      ) : (
        <p className="hint">
          If the applicant withdraws, or the service ends the assessment before panel, record it here.
        </p>
      )}
      {mayRecord && !open ? (
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
            {current && current.reason !== 'not_recorded'
              ? 'Change how the application ended'
              : 'Record how the application ended'}
          </button>
        </div>
      ) : null}
      {mayRecord && open ? (
        <DateActionForm
          id="applicationEndedOn"
          heading="Record how the application ended"
          legend="Date the application ended"
          hint="The day the applicant withdrew, or the service decided to end the assessment."
          field="endedOn"
          submitLabel="Save how the application ended"
          initialToday={false}
          channel="households:recordApplicationOutcome"
          extra={{ reason: current && current.reason !== 'not_recorded' ? current.reason : '' }}
          toInput={(endedOn, { reason }) => ({
            householdId: household.id,
            ...(current ? { version: current.version } : {}),
            reason: reason as EndReason,
            endedOn,
          })}
          onSaved={(saved) => {
            setOpen(false);
            onSaved(`Recorded: ${saved.reasonLabel.toLowerCase()} on ${formatDate(saved.endedOn)}.`);
          }}
        >
          {(form) => (
            <ChoiceGroup
              type="radio"
              id="applicationEndReason"
              legend="Why the application ended"
              hint="Counted apart in the annual fostering data return."
              options={REASON_OPTIONS}
              {...form.bind('reason')}
            />
          )}
        </DateActionForm>
      ) : null}
    </section>
  );
}
