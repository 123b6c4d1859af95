import { DateField } from '../../components/date-field';
import type { DateParts } from '../../components/date-parts';
import { DialogButtons } from '../../components/dialog-buttons';

/** The day a complaint or feedback form was received. */
export function ReceivedOnField(props: {
  value: DateParts;
  onChange: (value: DateParts) => void;
  error: string | undefined;
}) {
  return <DateField id="receivedOn" legend="Date received" {...props} />;
}

/** Save, or close the dialog throwing away what was typed. */
export function DraftDialogButtons({
  submitLabel,
  pending,
  discard,
  onClose,
}: {
  submitLabel: string;
  pending: boolean;
  discard: () => void;
  onClose: () => void;
}) {
  return (
    <DialogButtons
      submitLabel={submitLabel}
      pending={pending}
      cancelLabel="Cancel and discard"
      onCancel={() => {
        discard();
        onClose();
      }}
    />
  );
}
