import { RESIGNATION_REASONS, type ResignationReason } from '../../../../shared/domain/reports/ending-reasons';
import { SelectField } from '../../components/fields';
import type { ItemView } from '../../../../shared/schemas/sitting-views';
import { errorState } from '../../api/error-state';
import { useRead, useWrite } from '../../api/hooks';
import { LoadState } from '../../components/load-state';
import { formatDate, formatOptionalDate } from '../../format';
import { useSession } from '../auth/session-context';
import { SummaryRows } from '../sittings/recommendation-view';
import { DateActionForm } from './date-action-form';
import { ResignationLetter } from './resignation-letter';

const REASON_OPTIONS = Object.entries(RESIGNATION_REASONS).map(([value, label]) => ({
  value: value as ResignationReason,
  label,
}));

/** A resignation is noted, not decided: approval ends 28 days after the written notice was received. */
export function ResignationSection({ item, onSaved }: { item: ItemView; onSaved: (notice: string) => void }) {
  const resignation = useRead('resignations:get', { itemId: item.id });
  const note = useWrite('resignations:note');
  const { may } = useSession();
  return (
    <section className="section" aria-labelledby="resignation-heading">
      <h2 id="resignation-heading">Resignation</h2>
      <LoadState query={resignation} what="the resignation">
        {(view) => (
          <>
            <SummaryRows
              rows={[
                ['Written notice received', formatOptionalDate(view.noticeReceivedOn, 'Not recorded yet')],
                ['Approval ends', formatOptionalDate(view.approvalEnds, '28 days after the notice is received')],
                ...(view.noticeReceivedOn && !view.linked
                  ? [['Panel noting', 'Not yet linked: the notice was recorded on the household'] as [string, string]]
                  : []),
              ]}
            />
            {view.noticeReceivedOn && !view.linked && may('resignations:note') ? (
              <div className="button-row">
                <button
                  type="button"
                  className="button"
                  disabled={note.isPending}
                  onClick={() =>
                    note.mutate(
                      { itemId: item.id, noticeReceivedOn: view.noticeReceivedOn ?? '' },
                      { onSuccess: () => onSaved('The panel’s noting has been linked to the recorded notice.') },
                    )
                  }
                >
                  Link the panel’s noting to the recorded notice
                </button>
                {note.error ? <p className="field-error">{errorState(note.error).message}</p> : null}
              </div>
            ) : null}
            {!view.noticeReceivedOn && may('resignations:note') ? (
              <DateActionForm
                id="noticeReceivedOn"
                heading="Record the notice"
                legend="Date the written notice was received"
                hint="The approval ends 28 days after this date."
                field="noticeReceivedOn"
                submitLabel="Record the notice"
                initialToday={false}
                channel="resignations:note"
                extra={{ reason: '' as ResignationReason | '' }}
                toInput={(noticeReceivedOn, { reason }) => ({
                  itemId: item.id,
                  noticeReceivedOn,
                  reason: reason || null,
                })}
                onSaved={(saved, noticeReceivedOn) =>
                  onSaved(
                    `The resignation has been recorded. The approval ends on ${formatDate(saved.approvalEnds ?? noticeReceivedOn)}.`,
                  )
                }
              >
                {(form) => (
                  <SelectField
                    id="resignationReason"
                    label="Main reason for resigning (optional)"
                    hint="Counted by reason in the annual panel report."
                    placeholder="Not given"
                    options={REASON_OPTIONS}
                    {...form.bind('reason')}
                  />
                )}
              </DateActionForm>
            ) : null}
            {may('documents:issue') ? <ResignationLetter view={view} /> : null}
          </>
        )}
      </LoadState>
    </section>
  );
}
