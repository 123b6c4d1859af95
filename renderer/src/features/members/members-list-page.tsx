import { useState } from 'react';
import { Link } from 'react-router';
import {
  BACKGROUND_LABELS,
  LIST_ROLE_LABELS,
  ListRole,
  type MemberFilter,
  type MemberSort,
} from '../../../../shared/schemas/member';
import { useRead } from '../../api/hooks';
import { SelectField, TextField } from '../../components/fields';
import { useSession } from '../auth/session-context';
import { usePageTitle } from '../../components/use-page-title';
import { formatOptionalDate, yesNo } from '../../format';
import { CompliancePanel } from './compliance-panel';
import { StatusTag } from './status-tag';

type StatusFilter = NonNullable<MemberFilter['status']>;
const statusOptions: { value: StatusFilter; label: string }[] = [
  { value: 'current', label: 'Current (active or on notice)' },
  { value: 'active', label: 'Active' },
  { value: 'on_notice', label: 'On notice' },
  { value: 'left', label: 'Left' },
  { value: 'all', label: 'All members' },
];
const roleOptions = ListRole.options.map((value) => ({ value, label: LIST_ROLE_LABELS[value] }));

const COLUMNS: { key: MemberSort | null; label: string }[] = [
  { key: 'name', label: 'Name' },
  { key: 'listRole', label: 'Role' },
  { key: null, label: 'Background' },
  { key: null, label: 'Independent' },
  { key: null, label: "Social worker, 3 years' PQE" },
  { key: 'appointmentDate', label: 'Appointed' },
  { key: 'dbsRenewalDue', label: 'DBS renewal due' },
  { key: 'status', label: 'Status' },
];

export function MembersListPage() {
  usePageTitle('Central list');
  const { may } = useSession();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<StatusFilter>('current');
  const [listRole, setListRole] = useState<ListRole | ''>('');
  const [sort, setSort] = useState<{ key: MemberSort; direction: 'asc' | 'desc' }>({ key: 'name', direction: 'asc' });
  const filter: MemberFilter = {
    search: search.trim() || undefined,
    status,
    listRole: listRole || undefined,
    sort: sort.key,
    direction: sort.direction,
  };
  const members = useRead('members:list', filter);
  const sortBy = (key: MemberSort) =>
    setSort((current) => ({ key, direction: current.key === key && current.direction === 'asc' ? 'desc' : 'asc' }));

  return (
    <>
      <div className="page-heading">
        <h1>Central list</h1>
        {may('members:create') ? (
          <Link className="button" to="/members/new">
            Add a member
          </Link>
        ) : null}
      </div>
      <CompliancePanel />
      <form className="filters" role="search" aria-label="Filter the central list" onSubmit={(e) => e.preventDefault()}>
        <TextField
          id="member-search"
          label="Search by name or email"
          type="search"
          width="medium"
          value={search}
          onChange={setSearch}
        />
        <SelectField
          id="status-filter"
          label="Status"
          options={statusOptions}
          value={status}
          onChange={(v) => setStatus(v || 'current')}
        />
        <SelectField
          id="role-filter"
          label="Role"
          placeholder="Any role"
          options={roleOptions}
          value={listRole}
          onChange={setListRole}
        />
      </form>
      <p role="status" className="result-count">
        {members.data
          ? `${members.data.length} ${members.data.length === 1 ? 'member' : 'members'} shown`
          : 'Loading members…'}
      </p>
      {members.error ? (
        <p className="field-error" role="alert">
          {members.error.message}
        </p>
      ) : null}
      {members.data && members.data.length > 0 ? (
        <table className="table">
          <caption className="visually-hidden">Members of the central list</caption>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th
                  key={column.label}
                  scope="col"
                  aria-sort={
                    column.key === sort.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined
                  }
                >
                  {column.key ? (
                    <button type="button" className="sort-button" onClick={() => sortBy(column.key as MemberSort)}>
                      {column.label}
                      <span aria-hidden="true">
                        {column.key === sort.key ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
                      </span>
                    </button>
                  ) : (
                    column.label
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {members.data.map((member) => (
              <tr key={member.id}>
                <td>
                  <Link to={`/members/${member.id}`}>{member.name}</Link>
                </td>
                <td>{LIST_ROLE_LABELS[member.listRole]}</td>
                <td>{BACKGROUND_LABELS[member.background]}</td>
                <td>{yesNo(member.independent)}</td>
                <td>{yesNo(member.socialWorkerPqe3)}</td>
                <td>{formatOptionalDate(member.appointmentDate)}</td>
                <td>{formatOptionalDate(member.dbsRenewalDue)}</td>
                <td>
                  <StatusTag status={member.status} />
                  {member.status === 'on_notice' && member.leavingDate ? (
                    <span className="hint"> leaving {formatOptionalDate(member.leavingDate)}</span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {members.data && members.data.length === 0 ? <p>No members match these filters.</p> : null}
    </>
  );
}
