import { ChoiceGroup } from '../../components/choice-group';
import type { ItemView } from '../../../../shared/schemas/sitting-views';
import { DateField } from '../../components/date-field';
import { partsFromIso, partsToIso, type DateParts } from '../../components/date-parts';
import { TextField } from '../../components/fields';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';
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
  const form = useChannelForm({
    channel: 'items:update',
    draftKey: `item:readiness:${item.id}`,
    version: item.version,
    initial: (): ReadinessValues => ({
      done: item.checklist.filter((c) => c.done).map((c) => c.key),
      papersReceived: partsFromIso(item.papersReceivedDate),
      minutes: String(item.durationMinutes),
      title: item.title ?? '',
      reportGiven: partsFromIso(item.observations?.reportGivenDate ?? null),
      observationsReceived: partsFromIso(item.observations?.observationsReceivedDate ?? null),
    }),
    toInput: (values, version) => ({
      id: item.id,
      version: version ?? item.version,
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
    }),
    fieldTargets: {
      // The group's first box takes focus: a fieldset cannot.
      checklist: `checklist-${item.checklist[0]?.key ?? ''}`,
      papersReceivedDate: 'itemPapers-day',
      durationMinutes: 'itemMinutes',
      title: 'itemTitle',
      reportGivenDate: 'itemReportGiven-day',
      observationsReceivedDate: 'itemObservations-day',
    },
    onSaved: () => onSaved('The item has been saved.'),
  });
  const { bind } = form;
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
  return (
    <section className="section" aria-labelledby="readiness-heading">
      <h2 id="readiness-heading">Readiness</h2>
      <FormFrame form={form} submitLabel="Save readiness" savingLabel={null}>
        <ObservationsClock item={item} />
        {item.observations ? (
          <>
            <DateField
              id="itemReportGiven"
              legend="Assessment report given to the applicant"
              hint="The applicant then has 10 working days to send observations before the case goes to panel (FSR reg 26)"
              {...bind('reportGiven', 'reportGivenDate')}
            />
            <DateField
              id="itemObservations"
              legend="Applicant’s observations received (if any)"
              {...bind('observationsReceived', 'observationsReceivedDate')}
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
            {...bind('done', 'checklist')}
          />
        ) : (
          <p>There is nothing to check for this type of item.</p>
        )}
        <DateField
          id="itemPapers"
          legend="Papers received (optional)"
          {...bind('papersReceived', 'papersReceivedDate')}
        />
        <TextField
          id="itemMinutes"
          label="Time needed, in minutes"
          inputMode="numeric"
          width="short"
          {...bind('minutes', 'durationMinutes')}
        />
        <TextField id="itemTitle" label="Title (optional for household items)" {...bind('title')} />
      </FormFrame>
    </section>
  );
}
