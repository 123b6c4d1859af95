import { WEEKDAY_LABELS, WEEK_OF_MONTH_LABELS } from '../../../../shared/schemas/sitting-pattern';
import { ChoiceGroup } from '../../components/choice-group';
import { DateField } from '../../components/date-field';
import { SelectField, TextField } from '../../components/fields';
import type { SittingPatternValues } from './sitting-pattern-values';

const KIND_OPTIONS = [
  { value: 'monthly', label: 'On a weekday in chosen weeks of each month (for example the second and fourth Tuesday)' },
  { value: 'interval', label: 'Every few weeks from a date (for example every three weeks)' },
] as const;
const WEEKDAY_OPTIONS = WEEKDAY_LABELS.map((label, index) => ({ value: String(index + 1), label }));
const WEEK_OPTIONS = WEEK_OF_MONTH_LABELS.map((label, index) => ({ value: String(index + 1), label }));

/** The usual sitting pattern's fields; errors are keyed by `sittingPattern.<field>`, as the backend names them. */
export function SittingPatternFields({
  values,
  errors,
  set,
}: {
  values: SittingPatternValues;
  errors: Record<string, string>;
  set: <K extends keyof SittingPatternValues>(key: K) => (value: SittingPatternValues[K]) => void;
}) {
  const error = (field: string) => errors[`sittingPattern.${field}`];
  return (
    <>
      <ChoiceGroup
        type="radio"
        id="pattern-kind"
        legend="How does the panel usually sit?"
        options={KIND_OPTIONS}
        value={values.kind}
        onChange={set('kind')}
        error={error('kind')}
      />
      <SelectField
        id="pattern-weekday"
        label="Day of the week"
        placeholder="Choose a day"
        options={WEEKDAY_OPTIONS}
        value={values.weekday}
        onChange={set('weekday')}
        error={error('weekday')}
      />
      {values.kind === 'monthly' ? (
        <ChoiceGroup
          type="checkbox"
          id="pattern-weeks"
          legend="Which weeks of the month"
          options={WEEK_OPTIONS}
          value={values.weeksOfMonth}
          onChange={set('weeksOfMonth')}
          error={error('weeksOfMonth')}
        />
      ) : null}
      {values.kind === 'interval' ? (
        <>
          <TextField
            id="pattern-everyWeeks"
            label="Weeks between sittings"
            hint="Between 1 and 12."
            inputMode="numeric"
            width="short"
            value={values.everyWeeks}
            onChange={set('everyWeeks')}
            error={error('everyWeeks')}
          />
          <DateField
            id="pattern-firstDate"
            legend="The date of one sitting in the pattern"
            hint="For example, 14 1 2027. Later dates are counted from it."
            value={values.firstDate}
            onChange={set('firstDate')}
            error={error('firstDate')}
          />
        </>
      ) : null}
      <TextField
        id="pattern-startTime"
        label="Usual start time"
        hint="In the 24-hour clock, like 09:30."
        width="short"
        value={values.startTime}
        onChange={set('startTime')}
        error={error('startTime')}
      />
      <TextField
        id="pattern-venue"
        label="Usual venue (optional)"
        value={values.venue}
        onChange={set('venue')}
        error={error('venue')}
      />
    </>
  );
}
