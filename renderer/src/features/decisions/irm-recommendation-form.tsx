import type { DecisionCaseView } from '../../../../shared/schemas/decision';
import { useToday } from '../../api/hooks';
import { DateField } from '../../components/date-field';
import { partsFromIso, partsToIso } from '../../components/date-parts';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';
import { TextArea } from '../../components/fields';

/** What the IRM panel recommended: once recorded, the ADM can make the final decision. */
export function IrmRecommendationForm({
  view,
  onSaved,
}: {
  view: DecisionCaseView;
  onSaved: (notice: string) => void;
}) {
  const today = useToday();
  const form = useChannelForm({
    channel: 'decisions:recordIrmRecommendation',
    draftKey: `decision:irm:${view.case.itemId}`,
    initial: () => ({ recommendation: '', receivedOn: partsFromIso(today) }),
    toInput: (values) => ({
      itemId: view.case.itemId,
      version: view.case.version,
      recommendation: values.recommendation,
      receivedOn: partsToIso(values.receivedOn),
    }),
    fieldTargets: { recommendation: 'irmRecommendation', receivedOn: 'irmReceivedOn-day' },
    onSaved: () =>
      onSaved("The IRM panel's recommendation has been recorded. The ADM can now make the final decision."),
  });
  return (
    <FormFrame
      form={form}
      className="form inline-form"
      labelledBy="irm-heading"
      header={<h3 id="irm-heading">Record the IRM panel's recommendation</h3>}
      submitLabel="Record the IRM recommendation"
      savingLabel={null}
    >
      <TextArea
        id="irmRecommendation"
        label="The IRM panel's recommendation"
        rows={4}
        {...form.bind('recommendation')}
      />
      <DateField id="irmReceivedOn" legend="Date received" {...form.bind('receivedOn')} />
    </FormFrame>
  );
}
