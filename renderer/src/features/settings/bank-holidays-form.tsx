import { useState } from 'react';
import { formatDate } from '../../../../shared/domain/dates';
import type { AppSettings } from '../../../../shared/schemas/settings';
import { errorState } from '../../api/error-state';
import { useWrite } from '../../api/hooks';
import { DateField } from '../../components/date-field';
import { emptyDate, partsToIso, type DateParts } from '../../components/date-parts';
import { ErrorSummary } from '../../components/error-summary';
import { NoticeBanner } from '../../components/notice-banner';

type Changes = AppSettings['bankHolidays'];

/** One-off bank holiday changes on top of the bundled England and Wales list: a day added, or a holiday worked. */
export function BankHolidaysForm({ changes }: { changes: Changes }) {
  const [added, setAdded] = useState<DateParts>(emptyDate);
  const [removed, setRemoved] = useState<DateParts>(emptyDate);
  const [saved, setSaved] = useState<string | null>(null);
  const update = useWrite('settings:update');
  const { message, fieldErrors } = errorState(update.error);
  const save = (next: Changes, notice: string, clear: () => void) => {
    setSaved(null);
    update.mutate(
      { bankHolidays: next },
      {
        onSuccess: () => {
          setSaved(notice);
          clear();
        },
      },
    );
  };
  const list = (days: readonly string[], kind: 'added' | 'removed') =>
    days.length === 0 ? (
      <p>None.</p>
    ) : (
      <ul className="plain-list">
        {days.map((day) => (
          <li key={day}>
            {formatDate(day)}{' '}
            <button
              type="button"
              className="button button--link"
              onClick={() =>
                save(
                  { ...changes, [kind]: changes[kind].filter((d) => d !== day) },
                  `${formatDate(day)} was taken off the list.`,
                  () => undefined,
                )
              }
            >
              Undo<span className="visually-hidden"> {formatDate(day)}</span>
            </button>
          </li>
        ))}
      </ul>
    );
  return (
    <section className="section" aria-labelledby="holidays-heading">
      <h2 id="holidays-heading">Bank holidays</h2>
      <p className="hint">
        England and Wales bank holidays are worked out by rule, with the one-off changes announced since 2012. Add a new
        one-off holiday here, or a holiday that was moved or cancelled.
      </p>
      <NoticeBanner message={saved} />
      <ErrorSummary
        message={message}
        fieldErrors={fieldErrors}
        fieldTargets={{ 'bankHolidays.added': 'holiday-added', 'bankHolidays.removed': 'holiday-removed' }}
      />
      <h3>Extra bank holidays</h3>
      {list(changes.added, 'added')}
      <form
        noValidate
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          const day = partsToIso(added);
          save({ ...changes, added: [...changes.added, day] }, 'The extra bank holiday has been added.', () =>
            setAdded(emptyDate),
          );
        }}
      >
        <DateField
          id="holiday-added"
          legend="Add an extra bank holiday"
          value={added}
          onChange={setAdded}
          error={fieldErrors['bankHolidays.added'] ?? fieldErrors[`bankHolidays.added.${changes.added.length}`]}
        />
        <button type="submit" className="button button--secondary" disabled={update.isPending}>
          Add bank holiday
        </button>
      </form>
      <h3>Bank holidays that are working days after all</h3>
      {list(changes.removed, 'removed')}
      <form
        noValidate
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          const day = partsToIso(removed);
          save({ ...changes, removed: [...changes.removed, day] }, 'The bank holiday is now a working day.', () =>
            setRemoved(emptyDate),
          );
        }}
      >
        <DateField
          id="holiday-removed"
          legend="A bank holiday moved or cancelled"
          value={removed}
          onChange={setRemoved}
          error={fieldErrors['bankHolidays.removed'] ?? fieldErrors[`bankHolidays.removed.${changes.removed.length}`]}
        />
        <button type="submit" className="button button--secondary" disabled={update.isPending}>
          Make it a working day
        </button>
      </form>
    </section>
  );
}
