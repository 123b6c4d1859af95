import { ChoiceGroup } from '../../components/choice-group';
import { useState, type SubmitEvent } from 'react';
import type { ExtensionKind, ExtensionView } from '../../../../shared/schemas/decision';
import { errorState } from '../../api/error-state';
import { useToday, useWrite } from '../../api/hooks';
import { DateField } from '../../components/date-field';
import { emptyDate, partsFromIso, partsToIso } from '../../components/date-parts';
import { ErrorSummary } from '../../components/error-summary';
import { formatDate } from '../../format';

const KIND_OPTIONS: readonly { value: ExtensionKind; label: string }[] = [
  { value: 'ordinary', label: 'An extension of up to 8 weeks (the one ordinary extension)' },
  { value: 'irm', label: 'Until the outcome of the IRM review is known (the ADM’s final decision)' },
];

/**
 * The nominated officer approves a CPPCR regulation 25 extension, before the
 * current approval ends: the one ordinary extension of at most 8 weeks, or,
 * where the connected person applied to the IRM, one until its outcome.
 */
export function ExtensionForm({ view, onSaved }: { view: ExtensionView; onSaved: (notice: string) => void }) {
  const today = useToday();
  const offered = KIND_OPTIONS.filter((o) => (o.value === 'ordinary' ? !view.ordinaryBlocked : !view.irmBlocked));
  const [kind, setKind] = useState<ExtensionKind | ''>(offered.length === 1 ? (offered[0]?.value ?? '') : '');
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
        kind: kind || 'ordinary',
        newEndDate: kind === 'irm' ? null : partsToIso(newEnd),
        decidedOn: partsToIso(decidedOn),
        iroToldOn: partsToIso(iroToldOn),
      },
      {
        onSuccess: (saved) =>
          onSaved(
            saved.extension?.newEnd
              ? `The extension has been approved: temporary approval now ends on ${formatDate(saved.extension.newEnd)}.`
              : 'The extension has been approved: temporary approval now lasts until the outcome of the IRM review is known.',
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
        fieldTargets={{
          kind: 'extensionKind',
          newEndDate: 'newEndDate-day',
          decidedOn: 'extDecidedOn-day',
          iroToldOn: 'iroToldOn-day',
        }}
      />
      <ChoiceGroup
        type="radio"
        id="extensionKind"
        legend="Kind of extension"
        {...(view.irmCase
          ? {
              hint: `The connected person applied to the IRM about the ${view.irmCase.typeLabel.toLowerCase()} decision.`,
            }
          : {})}
        options={offered}
        value={kind}
        onChange={setKind}
        error={fieldErrors.kind}
      />
      {kind !== 'irm' ? (
        <DateField
          id="newEndDate"
          legend="New end date"
          {...(view.latestEnd ? { hint: `No later than ${formatDate(view.latestEnd)}: at most 8 weeks more.` } : {})}
          value={newEnd}
          onChange={setNewEnd}
          error={fieldErrors.newEndDate}
        />
      ) : null}
      <DateField
        id="extDecidedOn"
        legend="Date of the approval"
        {...(view.currentEnd
          ? { hint: `It must be decided before the current approval ends, on ${formatDate(view.currentEnd)}.` }
          : {})}
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
