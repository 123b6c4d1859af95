import { useState } from 'react';
import { formatDate } from '../../../../shared/domain/dates';
import type { AppSettings } from '../../../../shared/schemas/settings';
import { errorState } from '../../api/error-state';
import { useWrite } from '../../api/hooks';
import { DateField } from '../../components/date-field';
import { emptyDate, partsToIso } from '../../components/date-parts';
import { ErrorSummary } from '../../components/error-summary';
import { NoticeBanner } from '../../components/notice-banner';
import { FormFrame, SubmitButton } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';

type Changes = AppSettings['bankHolidays'];
/** The changes as the page shows them, with the settings' version they were read at: each save is made against it. */
type Shown = { changes: Changes; version: number };
type Kind = 'added' | 'removed';

/** One-off bank holiday changes on top of the bundled England and Wales list: a day added, or a holiday worked. */
export function BankHolidaysForm({ changes, version }: Shown) {
  const [saved, setSaved] = useState<string | null>(null);
  const undo = useWrite('settings:update');
  const list = (days: readonly string[], kind: Kind) =>
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
              disabled={undo.isPending}
              onClick={() => {
                setSaved(null);
                undo.mutate(
                  { bankHolidays: { ...changes, [kind]: changes[kind].filter((d) => d !== day) }, version },
                  { onSuccess: () => setSaved(`${formatDate(day)} was taken off the list.`) },
                );
              }}
            >
              Undo<span className="visually-hidden"> {formatDate(day)}</span>
            </button>
          </li>
        ))}
      </ul>
    );
  const day = (kind: Kind, legend: string, submitLabel: string, notice: string) => (
    <HolidayForm
      kind={kind}
      changes={changes}
      version={version}
      legend={legend}
      submitLabel={submitLabel}
      onSubmit={() => setSaved(null)}
      onSaved={() => setSaved(notice)}
    />
  );
  return (
    <section className="section" aria-labelledby="holidays-heading">
      <h2 id="holidays-heading">Bank holidays</h2>
      <p className="hint">
        England and Wales bank holidays are worked out by rule, with the one-off changes announced since 2012. Add a new
        one-off holiday here, or a holiday that was moved or cancelled.
      </p>
      <NoticeBanner message={saved} />
      <ErrorSummary {...errorState(undo.error)} />
      <h3>Extra bank holidays</h3>
      {list(changes.added, 'added')}
      {day('added', 'Add an extra bank holiday', 'Add bank holiday', 'The extra bank holiday has been added.')}
      <h3>Bank holidays that are working days after all</h3>
      {list(changes.removed, 'removed')}
      {day(
        'removed',
        'A bank holiday moved or cancelled',
        'Make it a working day',
        'The bank holiday is now a working day.',
      )}
    </section>
  );
}

/** One day added to a list of changes; the schema names the new day by its place in the list. */
function HolidayForm(
  props: Shown & {
    kind: Kind;
    legend: string;
    submitLabel: string;
    onSubmit: () => void;
    onSaved: () => void;
  },
) {
  const { kind, changes, version } = props;
  const id = `holiday-${kind}`;
  const listKey = `bankHolidays.${kind}`;
  const dayKey = `${listKey}.${changes[kind].length}`;
  const form = useChannelForm({
    channel: 'settings:update',
    initial: () => ({ day: emptyDate }),
    toInput: (values) => ({
      bankHolidays: { ...changes, [kind]: [...changes[kind], partsToIso(values.day)] },
      version,
    }),
    fieldTargets: { [listKey]: `${id}-day`, [dayKey]: `${id}-day` },
    onSaved: () => {
      form.discard();
      props.onSaved();
    },
  });
  return (
    <FormFrame
      // A new attempt clears the last saved notice.
      form={{
        ...form,
        submit: (event) => {
          props.onSubmit();
          form.submit(event);
        },
      }}
      footer={
        <SubmitButton form={form} label={props.submitLabel} savingLabel={null} className="button button--secondary" />
      }
    >
      <DateField
        id={id}
        legend={props.legend}
        value={form.values.day}
        onChange={form.set('day')}
        error={form.errors[listKey] ?? form.errors[dayKey]}
      />
    </FormFrame>
  );
}
