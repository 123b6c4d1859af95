import { ChoiceGroup } from '../../components/choice-group';
import type { DecisionCaseView, Route } from '../../../../shared/schemas/decision';
import { useRead, useToday } from '../../api/hooks';
import { DateField } from '../../components/date-field';
import { partsFromIso, partsToIso } from '../../components/date-parts';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';
import { SelectField } from '../../components/fields';
import { formatDate } from '../../format';
import { formatSittingDay } from '../sittings/sitting-words';
import { ROUTE_LABELS } from './decision-words';

const ROUTE_OPTIONS = (['representations', 'irm'] as const).map((value) => ({ value, label: ROUTE_LABELS[value] }));

/** Sittings still being planned, which can take the representations onto their agenda. */
function usePlannedSittings(today: string | null) {
  const sittings = useRead('sittings:list', today ? { from: today } : {});
  return (sittings.data ?? [])
    .filter((s) => s.status === 'planned' || s.status === 'papers_sent')
    .map((s) => ({ value: s.id, label: `${formatSittingDay(s.date)}, ${s.startTime}` }));
}

/** The route the applicant chose within the window: representations back to panel, or the IRM. One only. */
export function RouteForm({ view, onSaved }: { view: DecisionCaseView; onSaved: (notice: string) => void }) {
  const today = useToday();
  const sittings = usePlannedSittings(today);
  const form = useChannelForm({
    channel: 'decisions:recordRoute',
    initial: () => ({ route: '', receivedOn: partsFromIso(today), sittingId: '' }),
    toInput: (values) => ({
      itemId: view.case.itemId,
      version: view.case.version,
      route: values.route as Route,
      receivedOn: partsToIso(values.receivedOn),
      sittingId: values.route === 'representations' ? values.sittingId || null : null,
    }),
    fieldTargets: { route: 'routeChoice', receivedOn: 'routeReceivedOn-day', sittingId: 'routeSitting' },
    onSaved: (saved) => {
      const c = saved.case;
      onSaved(
        c.route === 'irm'
          ? `Recorded: an application to the IRM. The agency's papers are due to the IRM by ${c.irmPapersDue ? formatDate(c.irmPapersDue) : 'the deadline'}.`
          : `Recorded: written representations. They are on the agenda of the sitting on ${c.representationsItem ? formatSittingDay(c.representationsItem.sittingDate) : 'the chosen day'}.`,
      );
    },
  });
  const { route } = form.values;
  return (
    <FormFrame
      form={form}
      className="form inline-form"
      labelledBy="route-heading"
      header={<h3 id="route-heading">Record what the applicant chose</h3>}
      submitLabel="Record the route"
      savingLabel={null}
    >
      <ChoiceGroup
        type="radio"
        id="routeChoice"
        legend="What did the applicant send within the 28 days?"
        hint="They may use one route only, not both."
        options={ROUTE_OPTIONS}
        {...form.bind('route')}
      />
      {route === 'representations' ? (
        <SelectField
          id="routeSitting"
          label="Sitting that will hear the representations"
          hint={
            sittings.length === 0
              ? 'No sitting is being planned: plan one on the Sittings page first.'
              : 'An item for the representations is added to its agenda.'
          }
          placeholder="Choose a sitting"
          options={sittings}
          {...form.bind('sittingId')}
        />
      ) : null}
      {route === 'irm' ? (
        <p className="hint">The agency must send its papers to the IRM within 10 working days of being told.</p>
      ) : null}
      <DateField id="routeReceivedOn" legend="Date received" {...form.bind('receivedOn')} />
    </FormFrame>
  );
}
