import { useState } from 'react';
import type { DecisionCaseView } from '../../../../shared/schemas/decision';
import { errorState } from '../../api/error-state';
import { useWrite } from '../../api/hooks';
import { TextField } from '../../components/fields';
import { formatDate } from '../../format';
import { useSession } from '../auth/session-context';
import { DateActionForm } from './date-action-form';

/**
 * Telling the applicant the decision orally (locally within 2 working days):
 * when, and by whom. The written telling is the decision letter, issued below.
 */
export function ToldOrallyForm({ view, onSaved }: { view: DecisionCaseView; onSaved: (notice: string) => void }) {
  const { session } = useSession();
  const record = useWrite('decisions:recordToldOrally');
  const [toldBy, setToldBy] = useState(session.displayName);
  const { fieldErrors } = errorState(record.error);
  return (
    <DateActionForm
      id="toldOrallyOn"
      heading="Record that the applicant was told orally"
      legend="Date they were told"
      hint="Locally the decision is told orally within 2 working days of it."
      field="toldOn"
      submitLabel="Record as told"
      pending={record.isPending}
      error={record.error}
      onSubmit={(toldOn) =>
        record.mutate(
          { itemId: view.case.itemId, version: view.case.version, toldOn, toldByName: toldBy },
          {
            onSuccess: () => onSaved(`Recorded: the applicant was told orally on ${formatDate(toldOn)} by ${toldBy}.`),
          },
        )
      }
    >
      <TextField id="toldByName" label="Told by" value={toldBy} onChange={setToldBy} error={fieldErrors.toldByName} />
    </DateActionForm>
  );
}
