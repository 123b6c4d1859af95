import type { SittingDetail } from '../../../../shared/schemas/sitting-views';
import { useToday } from '../../api/hooks';
import { DateField } from '../../components/date-field';
import { partsFromIso, partsToIso } from '../../components/date-parts';
import { Dialog } from '../../components/dialog';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';
import { statusPhrase, type ProgressStatus } from './sitting-words';

/** The words for each step; a step cannot be undone, so each one is confirmed. */
export const STEP_WORDS: Record<ProgressStatus, { button: string; title: string; explain: string }> = {
  papers_sent: {
    button: 'Next step: papers sent',
    title: 'Record that the papers have been sent',
    explain: 'Members should have the papers by the 5th working day before the sitting.',
  },
  held: {
    button: 'Next step: held',
    title: 'Mark this sitting as held?',
    explain: 'Do this on or after the day of the sitting, once attendance is recorded.',
  },
};

export function NextStepDialog(props: {
  sitting: SittingDetail;
  next: ProgressStatus;
  open: boolean;
  onClose: () => void;
  onSaved: (notice: string) => void;
}) {
  return (
    <Dialog open={props.open} title={STEP_WORDS[props.next].title} onClose={props.onClose}>
      <NextStepForm {...props} />
    </Dialog>
  );
}

function NextStepForm({
  sitting,
  next,
  onClose,
  onSaved,
}: {
  sitting: SittingDetail;
  next: ProgressStatus;
  onClose: () => void;
  onSaved: (notice: string) => void;
}) {
  const today = useToday();
  const form = useChannelForm({
    channel: 'sittings:progress',
    initial: () => ({ sentDate: partsFromIso(today) }),
    toInput: (values) => ({
      id: sitting.id,
      version: sitting.version,
      status: next,
      ...(next === 'papers_sent' ? { papersSentDate: partsToIso(values.sentDate) } : {}),
    }),
    fieldTargets: { papersSentDate: 'papersSentDate-day' },
    onSaved: (saved) => onSaved(`The sitting is now recorded as ${statusPhrase(saved.status)}.`),
  });
  return (
    <FormFrame form={form} submitLabel={`Mark as ${statusPhrase(next)}`} onCancel={onClose}>
      <p>{STEP_WORDS[next].explain}</p>
      {next === 'papers_sent' ? (
        <DateField
          id="papersSentDate"
          legend="Date the papers were sent"
          {...form.bind('sentDate', 'papersSentDate')}
        />
      ) : null}
    </FormFrame>
  );
}
