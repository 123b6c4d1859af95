import { useState, type ReactNode, type SubmitEvent } from 'react';
import { errorState } from '../../api/error-state';
import { useToday } from '../../api/hooks';
import { DateField } from '../../components/date-field';
import { partsFromIso, partsToIso } from '../../components/date-parts';
import { ErrorSummary } from '../../components/error-summary';

/**
 * A step recorded with one date (information received, the letter dated, the
 * notice received): the date starts as today and the backend judges it.
 */
export function DateActionForm({
  id,
  heading,
  legend,
  hint,
  field,
  submitLabel,
  pending,
  error,
  initialToday = true,
  onSubmit,
  children,
}: {
  id: string;
  heading: string;
  legend: string;
  hint?: string;
  /** The input's field name, as the backend names it in its errors. */
  field: string;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  initialToday?: boolean;
  onSubmit: (date: string) => void;
  /** Further fields recorded with the date (e.g. the reason for a resignation). */
  children?: ReactNode;
}) {
  const today = useToday();
  const [date, setDate] = useState(() => partsFromIso(initialToday ? today : null));
  const { message, fieldErrors } = errorState(error);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    onSubmit(partsToIso(date));
  };
  return (
    <form onSubmit={submit} noValidate className="form inline-form" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{heading}</h3>
      <ErrorSummary message={message} fieldErrors={fieldErrors} fieldTargets={{ [field]: `${id}-day` }} />
      <DateField
        id={id}
        legend={legend}
        {...(hint ? { hint } : {})}
        value={date}
        onChange={setDate}
        error={fieldErrors[field]}
      />
      {children}
      <div className="button-row">
        <button type="submit" className="button" disabled={pending}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
