import { useState, type SubmitEvent } from 'react';
import type { DecisionCaseView } from '../../../../shared/schemas/decision';
import { errorState } from '../../api/error-state';
import { useToday, useWrite } from '../../api/hooks';
import { DateField } from '../../components/date-field';
import { partsFromIso, partsToIso } from '../../components/date-parts';
import { useDraft } from '../../components/drafts';
import { ErrorSummary } from '../../components/error-summary';
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
  const [text, setText, discard] = useDraft(`decision:irm:${view.case.itemId}`, () => '');
  const [receivedOn, setReceivedOn] = useState(() => partsFromIso(today));
  const record = useWrite('decisions:recordIrmRecommendation');
  const { message, fieldErrors } = errorState(record.error);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    record.mutate(
      {
        itemId: view.case.itemId,
        version: view.case.version,
        recommendation: text,
        receivedOn: partsToIso(receivedOn),
      },
      {
        onSuccess: () => {
          discard();
          onSaved("The IRM panel's recommendation has been recorded. The ADM can now make the final decision.");
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="form inline-form" aria-labelledby="irm-heading">
      <h3 id="irm-heading">Record the IRM panel's recommendation</h3>
      <ErrorSummary
        message={message}
        fieldErrors={fieldErrors}
        fieldTargets={{ recommendation: 'irmRecommendation', receivedOn: 'irmReceivedOn-day' }}
      />
      <TextArea
        id="irmRecommendation"
        label="The IRM panel's recommendation"
        rows={4}
        value={text}
        onChange={setText}
        error={fieldErrors.recommendation}
      />
      <DateField
        id="irmReceivedOn"
        legend="Date received"
        value={receivedOn}
        onChange={setReceivedOn}
        error={fieldErrors.receivedOn}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={record.isPending}>
          Record the IRM recommendation
        </button>
      </div>
    </form>
  );
}
