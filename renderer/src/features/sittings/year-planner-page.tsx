import { ChoiceGroup } from '../../components/choice-group';
import { useMutation } from '@tanstack/react-query';
import type { SubmitEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { SeriesRequestInput } from '../../../../shared/schemas/sitting';
import { call, type ApiError } from '../../api/client';
import { errorState } from '../../api/error-state';
import { useToday, useWrite } from '../../api/hooks';
import { useDraft } from '../../components/drafts';
import { ErrorSummary } from '../../components/error-summary';
import { Fieldset, SelectField, TextField } from '../../components/fields';
import { usePageTitle } from '../../components/use-page-title';
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

export function YearPlannerPage() {
  usePageTitle('Plan a year of sittings');
  const navigate = useNavigate();
  const today = useToday();
  const [values, setValues, discard] = useDraft('sittings:plan', blankPlan);
  // A preview is a read, but one the user asks for: a mutation keeps it out of the cache and off every refresh.
  const preview = useMutation<{ dates: { date: string; skipped: string | null }[] }, ApiError, SeriesRequestInput>({
    mutationFn: (input) => call('sittings:previewSeries', input),
  });
  const create = useWrite('sittings:createSeries');
  const { message, fieldErrors } = errorState(create.error ?? preview.error);
  const set =
    <K extends keyof PlanValues>(key: K) =>
    (value: PlanValues[K]) => {
      if (DATE_FIELDS.includes(key)) preview.reset();
      setValues({ ...values, [key]: value });
    };
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    create.reset();
    preview.mutate(planToRequest(values));
  };
  const createAll = () => {
    create.mutate(planToRequest(values), {
      onSuccess: (created) => {
        discard();
        void navigate('/sittings', { state: { notice: createdNotice(created, values.year) } });
      },
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
      <form onSubmit={submit} noValidate className="form">
        <ErrorSummary message={message} fieldErrors={fieldErrors} fieldTargets={PLAN_FIELD_TARGETS} />
        <Fieldset legend="Pattern">
          <TextField
            id="plan-year"
            label="Year"
            hint="For example 2027"
            inputMode="numeric"
            width="short"
            value={values.year}
            onChange={set('year')}
            error={fieldErrors.year}
          />
          <SelectField
            id="plan-weekday"
            label="Day of the week"
            placeholder="Choose a day"
            options={WEEKDAY_OPTIONS}
            value={values.weekday}
            onChange={set('weekday')}
            error={fieldErrors.weekday}
          />
          <ChoiceGroup
            type="checkbox"
            id="plan-weeks"
            legend="Which weeks of the month"
            hint="Choose all that apply, for example the 2nd and 4th"
            options={WEEK_OPTIONS}
            value={values.weeks}
            onChange={set('weeks')}
            error={fieldErrors.weeksOfMonth}
          />
        </Fieldset>
        <Fieldset legend="Time and place">
          <TextField
            id="plan-startTime"
            label="Start time"
            hint="24-hour clock, for example 09:30"
            width="short"
            value={values.startTime}
            onChange={set('startTime')}
            error={fieldErrors.startTime}
          />
          <TextField
            id="plan-venue"
            label="Venue"
            hint="Enter a venue, a remote meeting link, or both"
            value={values.venue}
            onChange={set('venue')}
            error={fieldErrors.venue}
          />
          <TextField
            id="plan-remoteLink"
            label="Remote meeting link (optional)"
            hint="Starting https://"
            value={values.remoteLink}
            onChange={set('remoteLink')}
            error={fieldErrors.remoteLink}
          />
        </Fieldset>
        <div className="button-row">
          <button type="submit" className="button button--secondary" disabled={preview.isPending}>
            {preview.isPending ? 'Working out the dates…' : 'Preview'}
          </button>
        </div>
      </form>
      {preview.data ? (
        <SeriesPreview dates={preview.data.dates} today={today} creating={create.isPending} onCreate={createAll} />
      ) : null}
    </>
  );
}
