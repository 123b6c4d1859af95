import type { DecisionCaseView } from '../../../../shared/schemas/decision';
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
  return (
    <DateActionForm
      channel="decisions:recordToldOrally"
      id="toldOrallyOn"
      heading="Record that the applicant was told orally"
      legend="Date they were told"
      hint="Locally the decision is told orally within 2 working days of it."
      field="toldOn"
      submitLabel="Record as told"
      extra={{ toldByName: session.displayName }}
      toInput={(toldOn, { toldByName }) => ({
        itemId: view.case.itemId,
        version: view.case.version,
        toldOn,
        toldByName,
      })}
      onSaved={(_, toldOn, { toldByName }) =>
        onSaved(`Recorded: the applicant was told orally on ${formatDate(toldOn)} by ${toldByName}.`)
      }
    >
      {(form) => <TextField id="toldByName" label="Told by" {...form.bind('toldByName')} />}
    </DateActionForm>
  );
}
