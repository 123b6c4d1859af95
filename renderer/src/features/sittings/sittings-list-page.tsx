import { ChoiceGroup } from '../../components/choice-group';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { addDaysIso, addMonthsIso } from '../../../../shared/domain/dates';
import { useRead, useToday } from '../../api/hooks';
import { CheckboxField, SelectField } from '../../components/fields';
import { NoticeBanner } from '../../components/notice-banner';
import { usePageTitle } from '../../components/use-page-title';
import { useSession } from '../auth/session-context';
import { SITTING_YEARS } from '../../../../shared/domain/calendar/bank-holidays';
import { SittingsTable } from './sittings-table';

type When = 'upcoming' | 'past';
const WHEN_OPTIONS: { value: When; label: string }[] = [
  { value: 'upcoming', label: 'Upcoming (from today)' },
  { value: 'past', label: 'Past' },
];

const FIRST_YEAR = SITTING_YEARS.first;
const LAST_12_MONTHS = 'last-12-months';

/** Past sittings are shown a period at a time: the last 12 months, or one calendar year. */
function periodOptions(today: string | null): { value: string; label: string }[] {
  const thisYear = today ? Number(today.slice(0, 4)) : FIRST_YEAR;
  const years = Array.from({ length: Math.max(0, thisYear - FIRST_YEAR + 1) }, (_, i) => String(thisYear - i));
  return [{ value: LAST_12_MONTHS, label: 'The last 12 months' }, ...years.map((y) => ({ value: y, label: y }))];
}

function pastRange(today: string, period: string): { from: string; to: string } {
  const yesterday = addDaysIso(today, -1);
  if (period === LAST_12_MONTHS) return { from: addMonthsIso(today, -12), to: yesterday };
  const end = `${period}-12-31`;
  return { from: `${period}-01-01`, to: end < yesterday ? end : yesterday };
}

export function SittingsListPage() {
  usePageTitle('Sittings');
  const { may } = useSession();
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice ?? null;
  const [when, setWhen] = useState<When>('upcoming');
  const [period, setPeriod] = useState(LAST_12_MONTHS);
  const [includeCancelled, setIncludeCancelled] = useState(false);
  // Today is the backend's date, never this computer's clock.
  const today = useToday();
  const range = today === null ? null : when === 'upcoming' ? { from: today } : pastRange(today, period);
  const sittings = useRead('sittings:list', { ...range, includeCancelled });
  const rows = sittings.data && range ? (when === 'past' ? [...sittings.data].reverse() : sittings.data) : undefined;
  const noun = (n: number) => (n === 1 ? 'sitting' : 'sittings');
  return (
    <>
      <NoticeBanner message={notice} />
      <div className="page-heading">
        <h1>Sittings</h1>
        <div className="button-row">
          {may('sittings:createSeries') ? (
            <Link className="button button--secondary" to="/sittings/plan">
              Plan a year
            </Link>
          ) : null}
          {may('sittings:create') ? (
            <Link className="button" to="/sittings/new">
              Add a sitting
            </Link>
          ) : null}
        </div>
      </div>
      <form className="filters" aria-label="Choose which sittings to show" onSubmit={(e) => e.preventDefault()}>
        <ChoiceGroup
          type="radio"
          id="sittings-when"
          legend="Show"
          inline
          options={WHEN_OPTIONS}
          value={when}
          onChange={setWhen}
        />
        {when === 'past' ? (
          <SelectField
            id="sittings-period"
            label="Held in"
            value={period}
            options={periodOptions(today)}
            onChange={(value) => setPeriod(value || LAST_12_MONTHS)}
          />
        ) : null}
        <CheckboxField
          id="include-cancelled"
          label="Include cancelled sittings"
          checked={includeCancelled}
          onChange={setIncludeCancelled}
        />
      </form>
      <p role="status" className="result-count">
        {rows
          ? `${rows.length} ${when} ${noun(rows.length)} shown${when === 'past' ? `, ${periodPhrase(period)}, most recent first` : ''}`
          : 'Loading sittings…'}
      </p>
      {sittings.error ? (
        <p className="field-error" role="alert">
          {sittings.error.message}
        </p>
      ) : null}
      {rows && rows.length > 0 ? (
        <SittingsTable
          sittings={rows}
          today={today}
          caption={when === 'upcoming' ? 'Upcoming sittings' : 'Past sittings'}
        />
      ) : null}
      {rows && rows.length === 0 ? (
        <p>
          {when === 'upcoming'
            ? 'No sittings are planned from today.'
            : `No past sittings are recorded ${periodPhrase(period)}.`}
        </p>
      ) : null}
    </>
  );
}

function periodPhrase(period: string): string {
  return period === LAST_12_MONTHS ? 'in the last 12 months' : `in ${period}`;
}
