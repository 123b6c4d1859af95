import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { addDaysIso } from './sitting-dates';
import { useRead, useToday } from '../../api/hooks';
import { CheckboxField } from '../../components/fields';
import { NoticeBanner } from '../../components/notice-banner';
import { usePageTitle } from '../../components/use-page-title';
import { useSession } from '../auth/session-context';
import { RadioGroup } from './radio-group';
import { SittingsTable } from './sittings-table';

type When = 'upcoming' | 'past';
const WHEN_OPTIONS: { value: When; label: string }[] = [
  { value: 'upcoming', label: 'Upcoming (from today)' },
  { value: 'past', label: 'Past' },
];

export function SittingsListPage() {
  usePageTitle('Sittings');
  const { may } = useSession();
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice ?? null;
  const [when, setWhen] = useState<When>('upcoming');
  const [includeCancelled, setIncludeCancelled] = useState(false);
  // Today is the backend's date, never this computer's clock.
  const today = useToday();
  const range = today === null ? null : when === 'upcoming' ? { from: today } : { to: addDaysIso(today, -1) };
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
        <RadioGroup id="sittings-when" legend="Show" inline options={WHEN_OPTIONS} value={when} onChange={setWhen} />
        <CheckboxField
          id="include-cancelled"
          label="Include cancelled sittings"
          checked={includeCancelled}
          onChange={setIncludeCancelled}
        />
      </form>
      <p role="status" className="result-count">
        {rows
          ? `${rows.length} ${when} ${noun(rows.length)} shown${when === 'past' ? ', most recent first' : ''}`
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
        <p>{when === 'upcoming' ? 'No sittings are planned from today.' : 'No past sittings are recorded.'}</p>
      ) : null}
    </>
  );
}
