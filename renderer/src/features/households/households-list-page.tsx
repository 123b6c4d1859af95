import { useState } from 'react';
import { Link } from 'react-router';
import {
  HOUSEHOLD_STATUS_LABELS,
  HOUSEHOLD_TYPE_LABELS,
  HouseholdStatus,
  HouseholdType,
  type HouseholdPage,
} from '../../../../shared/schemas/household';
import { useRead, useToday } from '../../api/hooks';
import { SelectField, TextField } from '../../components/fields';
import { Pager } from '../../components/pager';
import { usePageTitle } from '../../components/use-page-title';
import { formatOptionalDate } from '../../format';
import { useSession } from '../auth/session-context';
import { householdStatusText } from './household-status-words';
import { OverLimitList } from './over-limit-list';

const statusOptions = HouseholdStatus.options.map((value) => ({ value, label: HOUSEHOLD_STATUS_LABELS[value] }));
const typeOptions = HouseholdType.options.map((value) => ({ value, label: HOUSEHOLD_TYPE_LABELS[value] }));

export function HouseholdsListPage() {
  usePageTitle('Households');
  const { may } = useSession();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<HouseholdStatus | ''>('');
  const [householdType, setHouseholdType] = useState<HouseholdType | ''>('');
  const [page, setPage] = useState(1);
  const today = useToday();
  // A page at a time, in reference order: a large service has thousands of households.
  const list = useRead('households:page', {
    search: search.trim() || undefined,
    status: status || undefined,
    householdType: householdType || undefined,
    page,
  });
  const households = list.data?.households;
  // A changed filter starts again at the first page.
  const filter =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPage(1);
    };
  return (
    <>
      <div className="page-heading">
        <h1>Households</h1>
        {may('households:create') ? (
          <Link className="button" to="/households/new">
            Add a household
          </Link>
        ) : null}
      </div>
      <form className="filters" role="search" aria-label="Filter households" onSubmit={(e) => e.preventDefault()}>
        <TextField
          id="household-search"
          label="Search by reference or name"
          type="search"
          width="medium"
          value={search}
          onChange={filter(setSearch)}
        />
        <SelectField
          id="household-status"
          label="Status"
          placeholder="Any status"
          options={statusOptions}
          value={status}
          onChange={filter(setStatus)}
        />
        <SelectField
          id="household-type"
          label="Type"
          placeholder="Any type"
          options={typeOptions}
          value={householdType}
          onChange={filter(setHouseholdType)}
        />
      </form>
      <p id="households-count" role="status" className="result-count" tabIndex={-1}>
        {list.data ? householdsShownText(list.data) : 'Loading households…'}
      </p>
      {households && households.length > 0 ? (
        <table className="table">
          <caption className="visually-hidden">Households</caption>
          <thead>
            <tr>
              <th scope="col">Reference</th>
              <th scope="col">Name</th>
              <th scope="col">Type</th>
              <th scope="col">Status</th>
              <th scope="col">Application received</th>
              <th scope="col">Approved</th>
            </tr>
          </thead>
          <tbody>
            {households.map((h) => (
              <tr key={h.id}>
                <td>
                  <Link to={`/households/${h.id}`}>{h.reference}</Link>
                </td>
                <td>{h.displayName}</td>
                <td>{HOUSEHOLD_TYPE_LABELS[h.householdType]}</td>
                <td>{householdStatusText(h, today)}</td>
                <td>{formatOptionalDate(h.applicationReceivedDate, '—')}</td>
                <td>{formatOptionalDate(h.approvalDate, '—')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {households && households.length === 0 && page === 1 ? <p>No households match these filters.</p> : null}
      {list.data ? (
        <Pager
          label="Pages of households"
          page={list.data.page}
          hasMore={list.data.hasMore}
          focusId="households-count"
          onPage={setPage}
        />
      ) : null}
      <OverLimitList />
    </>
  );
}

/** "3 households shown", or "Households 51 to 100 shown" and whether more follow (they are never all counted). */
function householdsShownText(page: HouseholdPage): string {
  const { households, pageSize, hasMore } = page;
  if (page.page === 1 && !hasMore)
    return `${households.length} ${households.length === 1 ? 'household' : 'households'} shown`;
  if (households.length === 0) return 'This page is past the last household.';
  const first = (page.page - 1) * pageSize + 1;
  const shown = `Households ${first} to ${first + households.length - 1} shown`;
  return hasMore ? `${shown}; more on the next page.` : `${shown}; this is the last page.`;
}
