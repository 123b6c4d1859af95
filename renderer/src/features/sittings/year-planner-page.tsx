import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import type { SeriesRequestInput } from '../../../../shared/schemas/sitting';
import { call, type ApiError } from '../../api/client';
import { useToday, useWrite } from '../../api/hooks';
import { ChoiceGroup } from '../../components/choice-group';
import { Fieldset, SelectField, TextField } from '../../components/fields';
import { usePageTitle } from '../../components/use-page-title';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';
import {
  blankPlan,
  PLAN_FIELD_TARGETS,
  planToRequest,
  WEEK_OPTIONS,
  WEEKDAY_OPTIONS,
  type PlanValues,
} from './plan-values';
import { createdNotice, SeriesPreview } from './series-preview';

/** Fields that change which dates the series holds; changing one makes the preview out of date. */
const DATE_FIELDS: readonly (keyof PlanValues)[] = ['year', 'weekday', 'weeks'];

/**
 * Plan a year: the form's submit previews the dates (a read, nothing saved),
 * and "Create" under the preview creates them. The pattern stays as typed
 * (a draft) until the sittings are created or the form is discarded.
 */
export function YearPlannerPage() {
  usePageTitle('Plan a year of sittings');
  const navigate = useNavigate();
  const today = useToday();
  // A preview is a read, but one the user asks for: a mutation keeps it out of the cache and off every refresh.
  const preview = useMutation<{ dates: { date: string; skipped: string | null }[] }, ApiError, SeriesRequestInput>({
    mutationFn: (input) => call('sittings:previewSeries', input),
  });
  const create = useWrite('sittings:createSeries');
  const form = useChannelForm({
    channel: 'sittings:previewSeries',
    draftKey: 'sittings:plan',
    submitIsStep: true,
    initial: blankPlan,
    toInput: (values) => planToRequest(values),
    fieldTargets: PLAN_FIELD_TARGETS,
    write: preview,
  });
  const bind = <K extends keyof PlanValues>(key: K) => {
    const bound = form.bind(key);
    if (!DATE_FIELDS.includes(key)) return bound;
    return {
      ...bound,
      onChange: (value: PlanValues[K]) => {
        preview.reset();
        bound.onChange(value);
      },
    };
  };
  const createAll = () => {
    const { values } = form;
    create.mutate(planToRequest(values), {
      onSuccess: (created) => {
        form.discard();
        void navigate('/sittings', { state: { notice: createdNotice(created, values.year) } });
      },
      onError: form.refuse,
    });
  };
  return (
    <>
      <p>
        <Link to="/sittings">Back to sittings</Link>
      </p>
      <h1>Plan a year of sittings</h1>
      <p>
        Choose the pattern, for example the 2nd and 4th Tuesday of each month, and preview the dates. Bank holidays and
        days that already have a sitting are skipped. Each sitting is created as a main sitting and can be changed
        afterwards.
      </p>
      <FormFrame
        form={form}
        submitLabel="Preview"
        savingLabel="Working out the dates…"
        submitClassName="button button--secondary"
      >
        <Fieldset legend="Pattern">
          <TextField
            id="plan-year"
            label="Year"
            hint="For example 2027"
            inputMode="numeric"
            width="short"
            {...bind('year')}
          />
          <SelectField
            id="plan-weekday"
            label="Day of the week"
            placeholder="Choose a day"
            options={WEEKDAY_OPTIONS}
            {...bind('weekday')}
          />
          <ChoiceGroup
            type="checkbox"
            id="plan-weeks"
            legend="Which weeks of the month"
            hint="Choose all that apply, for example the 2nd and 4th"
            options={WEEK_OPTIONS}
            {...bind('weeks')}
            error={form.errors.weeksOfMonth}
          />
        </Fieldset>
        <Fieldset legend="Time and place">
          <TextField
            id="plan-startTime"
            label="Start time"
            hint="24-hour clock, for example 09:30"
            width="short"
            {...bind('startTime')}
          />
          <TextField
            id="plan-venue"
            label="Venue"
            hint="Enter a venue, a remote meeting link, or both"
            {...bind('venue')}
          />
          <TextField
            id="plan-remoteLink"
            label="Remote meeting link (optional)"
            hint="Starting https://"
            {...bind('remoteLink')}
          />
        </Fieldset>
      </FormFrame>
      {preview.data ? (
        <SeriesPreview dates={preview.data.dates} today={today} creating={create.isPending} onCreate={createAll} />
      ) : null}
    </>
  );
}
