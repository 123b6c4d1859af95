import { ChoiceGroup } from '../../components/choice-group';
import type { SubmitEvent } from 'react';
import type { ItemView } from '../../../../shared/schemas/sitting-views';
import { errorState } from '../../api/error-state';
import { useWrite } from '../../api/hooks';
import { DateField } from '../../components/date-field';
import { partsFromIso, partsToIso, type DateParts } from '../../components/date-parts';
import { useDraft } from '../../components/drafts';
import { ErrorSummary } from '../../components/error-summary';
import { TextField } from '../../components/fields';
import { minutesInput } from './item-values';
import { ObservationsClock } from './observations-clock';

interface ReadinessValues {
  done: string[];
  papersReceived: DateParts;
  minutes: string;
  title: string;
  reportGiven: DateParts;
  observationsReceived: DateParts;
}

/**
 * The readiness checklist and the item's papers and timing. The page remounts
 * this form when the item's version changes, so a saved form starts afresh
 * while a refused one keeps what was typed.
 */
export function ReadinessForm({
  item,
  canEdit,
  onSaved,
}: {
  item: ItemView;
  canEdit: boolean;
  onSaved: (notice: string) => void;
}) {
  const [draft, setDraft, discard] = useDraft(`item:readiness:${item.id}`, () => ({
    version: item.version,
    values: {
      done: item.checklist.filter((c) => c.done).map((c) => c.key),
      papersReceived: partsFromIso(item.papersReceivedDate),
      minutes: String(item.durationMinutes),
      title: item.title ?? '',
      reportGiven: partsFromIso(item.observations?.reportGivenDate ?? null),
      observationsReceived: partsFromIso(item.observations?.observationsReceivedDate ?? null),
    } satisfies ReadinessValues,
  }));
  const update = useWrite('items:update');
  const { message, fieldErrors } = errorState(update.error);
  const set =
    <K extends keyof ReadinessValues>(key: K) =>
    (value: ReadinessValues[K]) =>
      setDraft({ ...draft, values: { ...draft.values, [key]: value } });
  if (!canEdit) {
    return (
      <section className="section" aria-labelledby="readiness-heading">
        <h2 id="readiness-heading">Readiness</h2>
        <ObservationsClock item={item} />
        {item.checklist.length === 0 ? <p>There is nothing to check for this type of item.</p> : null}
        <ul>
          {item.checklist.map((c) => (
            <li key={c.key}>
              {c.label}: {c.done ? 'ready' : 'not ready'}
            </li>
          ))}
        </ul>
      </section>
    );
  }
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const { values } = draft;
    update.mutate(
      {
        id: item.id,
        version: draft.version,
        title: values.title,
        durationMinutes: minutesInput(values.minutes),
        papersReceivedDate: partsToIso(values.papersReceived),
        checklist: Object.fromEntries(item.checklist.map((c) => [c.key, values.done.includes(c.key)])),
        ...(item.observations
          ? {
              reportGivenDate: partsToIso(values.reportGiven),
              observationsReceivedDate: partsToIso(values.observationsReceived),
            }
          : {}),
      },
      {
        onSuccess: () => {
          discard();
          onSaved('The item has been saved.');
        },
      },
    );
  };
  return (
    <section className="section" aria-labelledby="readiness-heading">
      <h2 id="readiness-heading">Readiness</h2>
      <form onSubmit={submit} noValidate className="form">
        <ErrorSummary
          message={message}
          fieldErrors={fieldErrors}
          fieldTargets={{
            // The group's first box takes focus: a fieldset cannot.
            checklist: `checklist-${item.checklist[0]?.key ?? ''}`,
            papersReceivedDate: 'itemPapers-day',
            durationMinutes: 'itemMinutes',
            title: 'itemTitle',
            reportGivenDate: 'itemReportGiven-day',
            observationsReceivedDate: 'itemObservations-day',
          }}
        />
        <ObservationsClock item={item} />
        {item.observations ? (
          <>
            <DateField
              id="itemReportGiven"
              legend="Assessment report given to the applicant"
              hint="The applicant then has 10 working days to send observations before the case goes to panel (FSR reg 26)"
              value={draft.values.reportGiven}
              onChange={set('reportGiven')}
              error={fieldErrors.reportGivenDate}
            />
            <DateField
              id="itemObservations"
              legend="Applicant’s observations received (if any)"
              value={draft.values.observationsReceived}
              onChange={set('observationsReceived')}
              error={fieldErrors.observationsReceivedDate}
            />
          </>
        ) : null}
        {item.checklist.length > 0 ? (
          <ChoiceGroup
            type="checkbox"
            id="checklist"
            legend="Ready for panel"
            hint="Tick each paper or check that is in place"
            options={item.checklist.map((c) => ({ value: c.key, label: c.label }))}
            value={draft.values.done}
            onChange={set('done')}
            error={fieldErrors.checklist}
          />
        ) : (
          <p>There is nothing to check for this type of item.</p>
        )}
        <DateField
          id="itemPapers"
          legend="Papers received (optional)"
          value={draft.values.papersReceived}
          onChange={set('papersReceived')}
          error={fieldErrors.papersReceivedDate}
        />
        <TextField
          id="itemMinutes"
          label="Time needed, in minutes"
          inputMode="numeric"
          width="short"
          value={draft.values.minutes}
          onChange={set('minutes')}
          error={fieldErrors.durationMinutes}
        />
        <TextField
          id="itemTitle"
          label="Title (optional for household items)"
          value={draft.values.title}
          onChange={set('title')}
          error={fieldErrors.title}
        />
        <button type="submit" className="button" disabled={update.isPending}>
          Save readiness
        </button>
      </form>
    </section>
  );
}
