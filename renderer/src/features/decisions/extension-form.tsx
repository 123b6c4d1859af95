import { useState, type SubmitEvent } from 'react';
import type { ExtensionView } from '../../../../shared/schemas/decision';
import { errorState } from '../../api/error-state';
import { useToday, useWrite } from '../../api/hooks';
import { DateField } from '../../components/date-field';
import { emptyDate, partsFromIso, partsToIso } from '../../components/date-parts';
import { ErrorSummary } from '../../components/error-summary';
import { formatDate } from '../../format';

/** The nominated officer approves the one extension CPPCR regulation 25 allows, of at most 8 weeks. */
export function ExtensionForm({ view, onSaved }: { view: ExtensionView; onSaved: (notice: string) => void }) {
  const today = useToday();
  const [newEnd, setNewEnd] = useState(emptyDate);
  const [decidedOn, setDecidedOn] = useState(() => partsFromIso(today));
  const [iroToldOn, setIroToldOn] = useState(emptyDate);
  const approve = useWrite('extensions:approve');
  const { message, fieldErrors } = errorState(approve.error);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    approve.mutate(
      {
        itemId: view.itemId,
        newEndDate: partsToIso(newEnd),
        decidedOn: partsToIso(decidedOn),
        iroToldOn: partsToIso(iroToldOn),
      },
      {
        onSuccess: (saved) =>
          onSaved(
            `The extension has been approved: temporary approval now ends on ${formatDate(saved.extension?.newEnd ?? partsToIso(newEnd))}.`,
          ),
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="form inline-form" aria-labelledby="extension-form-heading">
      <h3 id="extension-form-heading">Approve the extension</h3>
      <ErrorSummary
        message={message}
        fieldErrors={fieldErrors}
        fieldTargets={{ newEndDate: 'newEndDate-day', decidedOn: 'extDecidedOn-day', iroToldOn: 'iroToldOn-day' }}
      />
      <DateField
        id="newEndDate"
        legend="New end date"
        {...(view.latestEnd ? { hint: `No later than ${formatDate(view.latestEnd)}: at most 8 weeks more.` } : {})}
        value={newEnd}
        onChange={setNewEnd}
        error={fieldErrors.newEndDate}
      />
      <DateField
        id="extDecidedOn"
        legend="Date of the approval"
        value={decidedOn}
        onChange={setDecidedOn}
        error={fieldErrors.decidedOn}
      />
      <DateField
        id="iroToldOn"
        legend="Date the child's IRO was told"
        value={iroToldOn}
        onChange={setIroToldOn}
        error={fieldErrors.iroToldOn}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={approve.isPending}>
          Approve the extension
        </button>
      </div>
    </form>
  );
}
