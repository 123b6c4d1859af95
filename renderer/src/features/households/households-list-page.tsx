import { useState } from 'react';
import { Link } from 'react-router';
import {
  HOUSEHOLD_STATUS_LABELS,
  HOUSEHOLD_TYPE_LABELS,
  HouseholdStatus,
  HouseholdType,
} from '../../../../shared/schemas/household';
import { useRead, useToday } from '../../api/hooks';
import { SelectField, TextField } from '../../components/fields';
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
  const today = useToday();
  const households = useRead('households:list', {
    search: search.trim() || undefined,
    status: status || undefined,
    householdType: householdType || undefined,
  });
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
          onChange={setSearch}
        />
        <SelectField
          id="household-status"
          label="Status"
          placeholder="Any status"
          options={statusOptions}
          value={status}
          onChange={setStatus}
        />
        <SelectField
          id="household-type"
          label="Type"
          placeholder="Any type"
          options={typeOptions}
          value={householdType}
          onChange={setHouseholdType}
        />
      </form>
      <p role="status" className="result-count">
        {households.data
          ? `${households.data.length} ${households.data.length === 1 ? 'household' : 'households'} shown`
          : 'Loading households…'}
      </p>
      {households.data && households.data.length > 0 ? (
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
            {households.data.map((h) => (
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
      {households.data && households.data.length === 0 ? <p>No households match these filters.</p> : null}
      <OverLimitList />
    </>
  );
}
