import { Link, useNavigate } from 'react-router';
import type { AppSettings } from '../../../../shared/schemas/settings';
import { useRead, useToday } from '../../api/hooks';
import { partsFromIso } from '../../components/date-parts';
import { usePageTitle } from '../../components/use-page-title';
import { useChannelForm } from '../../forms/use-channel-form';
import { fromPattern, PatternSuggestions } from './pattern-suggestions';
import { SittingForm } from './sitting-form';
import { blankSittingForm, formToSittingInput, SITTING_FIELD_TARGETS } from './sitting-form-values';
import { formatSittingDay } from './sitting-words';

export function NewSittingPage() {
  usePageTitle('Add a sitting');
  const settings = useRead('settings:get', {});
  const today = useToday();
  return (
    <>
      <p>
        <Link to="/sittings">Back to sittings</Link>
      </p>
      <h1>Add a sitting</h1>
      {/* The form starts from the usual pattern, so it waits for the settings and today. */}
      {settings.data && today ? (
        <NewSittingForm settings={settings.data} today={today} />
      ) : (
        <p role="status" className="loading">
          Loading…
        </p>
      )}
    </>
  );
}

function NewSittingForm({ settings, today }: { settings: AppSettings; today: string }) {
  const navigate = useNavigate();
  const form = useChannelForm({
    channel: 'sittings:create',
    draftKey: 'sitting:new',
    initial: () => fromPattern(blankSittingForm(), settings, today),
    toInput: formToSittingInput,
    fieldTargets: SITTING_FIELD_TARGETS,
    onSaved: (sitting) =>
      void navigate(`/sittings/${sitting.id}`, {
        state: { notice: `The sitting on ${formatSittingDay(sitting.date)} has been added.` },
      }),
  });
  return (
    <>
      <PatternSuggestions settings={settings} today={today} onChoose={(iso) => form.set('date')(partsFromIso(iso))} />
      <SittingForm form={form} submitLabel="Add sitting" />
    </>
  );
}
