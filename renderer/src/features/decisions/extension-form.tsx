import { ChoiceGroup } from '../../components/choice-group';
import type { ExtensionKind, ExtensionView } from '../../../../shared/schemas/decision';
import { useToday } from '../../api/hooks';
import { DateField } from '../../components/date-field';
import { emptyDate, partsFromIso, partsToIso, type DateParts } from '../../components/date-parts';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';
import { formatDate } from '../../format';

const KIND_OPTIONS: readonly { value: ExtensionKind; label: string }[] = [
  { value: 'ordinary', label: 'An extension of up to 8 weeks (the one ordinary extension)' },
  { value: 'irm', label: 'Until the outcome of the IRM review is known (the ADM’s final decision)' },
];

interface ExtensionValues {
  kind: ExtensionKind | '';
  newEnd: DateParts;
  decidedOn: DateParts;
  iroToldOn: DateParts;
}

/**
 * The nominated officer approves a CPPCR regulation 25 extension, before the
 * current approval ends: the one ordinary extension of at most 8 weeks, or,
 * where the connected person applied to the IRM, one until its outcome.
 */
export function ExtensionForm({ view, onSaved }: { view: ExtensionView; onSaved: (notice: string) => void }) {
  const today = useToday();
  const offered = KIND_OPTIONS.filter((o) => (o.value === 'ordinary' ? !view.ordinaryBlocked : !view.irmBlocked));
  const form = useChannelForm({
    channel: 'extensions:approve',
    initial: (): ExtensionValues => ({
      kind: offered.length === 1 ? (offered[0]?.value ?? '') : '',
      newEnd: emptyDate,
      decidedOn: partsFromIso(today),
      iroToldOn: emptyDate,
    }),
    toInput: (values) => ({
      itemId: view.itemId,
      kind: values.kind || 'ordinary',
      newEndDate: values.kind === 'irm' ? null : partsToIso(values.newEnd),
      decidedOn: partsToIso(values.decidedOn),
      iroToldOn: partsToIso(values.iroToldOn),
    }),
    fieldTargets: {
      kind: 'extensionKind',
      newEndDate: 'newEndDate-day',
      decidedOn: 'extDecidedOn-day',
      iroToldOn: 'iroToldOn-day',
    },
    onSaved: (saved) =>
      onSaved(
        saved.extension?.newEnd
          ? `The extension has been approved: temporary approval now ends on ${formatDate(saved.extension.newEnd)}.`
          : 'The extension has been approved: temporary approval now lasts until the outcome of the IRM review is known.',
      ),
  });
  const { bind } = form;
  return (
    <FormFrame
      form={form}
      className="form inline-form"
      labelledBy="extension-form-heading"
      header={<h3 id="extension-form-heading">Approve the extension</h3>}
      submitLabel="Approve the extension"
      savingLabel={null}
    >
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
        {...bind('kind')}
      />
      {form.values.kind !== 'irm' ? (
        <DateField
          id="newEndDate"
          legend="New end date"
          {...(view.latestEnd ? { hint: `No later than ${formatDate(view.latestEnd)}: at most 8 weeks more.` } : {})}
          {...bind('newEnd', 'newEndDate')}
        />
      ) : null}
      <DateField
        id="extDecidedOn"
        legend="Date of the approval"
        {...(view.currentEnd
          ? { hint: `It must be decided before the current approval ends, on ${formatDate(view.currentEnd)}.` }
          : {})}
        {...bind('decidedOn')}
      />
      <DateField id="iroToldOn" legend="Date the child's IRO was told" {...bind('iroToldOn')} />
    </FormFrame>
  );
}
