import { DEREGISTRATION_REASONS, type DeregistrationReason } from '../../../../shared/domain/reports/ending-reasons';
import { SelectField } from '../../components/fields';

/** The main reason an approval is ended, asked with a decision to terminate; the annual report counts by it. */
export function EndingReasonField(props: {
  id: string;
  value: DeregistrationReason | '';
  onChange: (value: DeregistrationReason | '') => void;
  error?: string | undefined;
}) {
  return (
    <SelectField
      id={props.id}
      label="Main reason for ending the approval (optional)"
      hint="Counted by reason in the annual panel report. Give the full reasons below."
      placeholder="Not given"
      options={Object.entries(DEREGISTRATION_REASONS).map(([value, label]) => ({
        value: value as DeregistrationReason,
        label,
      }))}
      value={props.value}
      onChange={props.onChange}
      error={props.error}
    />
  );
}
