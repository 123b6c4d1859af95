import { useState } from 'react';
import type { ChannelInput } from '../../../../shared/contract/channels';
import { COMPLAINT_SOURCE_LABELS, type Complaint } from '../../../../shared/schemas/complaints';
import { useRead } from '../../api/hooks';
import { SelectField } from '../../components/fields';
import { NoticeBanner } from '../../components/notice-banner';
import { Pager, pageShownText } from '../../components/pager';
import { FormFrame } from '../../forms/form-frame';
import { useFilterForm } from '../../forms/use-filter-form';
import { formatDate, formatOptionalDate } from '../../format';
import { useSession } from '../auth/session-context';
import { ComplaintDialog } from './complaint-dialog';

const STATUS_OPTIONS = [
  { value: 'open', label: 'Open' },
  { value: 'closed', label: 'Closed' },
] as const;

/** The complaints log: add one, and record its outcome and the date it closed. */
export function ComplaintsSection() {
  const { may } = useSession();
  // The filter in force and its page: a changed filter starts again at page 1.
  const [filter, setFilter] = useState<ChannelInput<'complaints:list'>>({ page: 1 });
  const form = useFilterForm({
    channel: 'complaints:list',
    live: true,
    initial: (): { status: 'open' | 'closed' | '' } => ({ status: '' }),
    toInput: (values) => ({ status: values.status || undefined, page: 1 }),
    onApply: setFilter,
    fieldTargets: { status: 'complaints-status' },
  });
  const [editing, setEditing] = useState<Complaint | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const list = useRead('complaints:list', filter);
  const complaints = list.data?.complaints ?? [];
  const canWrite = may('complaints:create');
  return (
    <section aria-labelledby="complaints-heading" className="section">
      <h2 id="complaints-heading" tabIndex={-1}>
        Complaints
      </h2>
      <NoticeBanner message={notice} />
      {canWrite ? (
        <div className="button-row">
          <button type="button" className="button" onClick={() => setEditing('new')}>
            Add a complaint
          </button>
        </div>
      ) : null}
      <FormFrame form={form} className="filters" label="Filter complaints" footer={false}>
        <SelectField
          id="complaints-status"
          label="Show"
          placeholder="All complaints"
          options={STATUS_OPTIONS}
          {...form.bind('status')}
        />
      </FormFrame>
      {list.error ? (
        <p className="field-error" role="alert">
          {list.error.message}
        </p>
      ) : null}
      {list.data && list.data.total === 0 ? <p>No complaints recorded.</p> : null}
      {list.data && list.data.total > list.data.pageSize ? (
        <p className="result-count">
          {pageShownText({ ...list.data, onPage: complaints.length }, { one: 'complaint', many: 'complaints' })}
        </p>
      ) : null}
      {complaints.length > 0 ? (
        <table className="table">
          <caption className="visually-hidden">Complaints</caption>
          <thead>
            <tr>
              <th scope="col">Received</th>
              <th scope="col">From</th>
              <th scope="col">Summary</th>
              <th scope="col">About</th>
              <th scope="col">Outcome</th>
              <th scope="col">Closed</th>
              {canWrite ? (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {complaints.map((c) => (
              <tr key={c.id}>
                <td>{formatDate(c.receivedOn)}</td>
                <td>{COMPLAINT_SOURCE_LABELS[c.source]}</td>
                <td className="preserve-lines">{c.summary}</td>
                <td>{about(c)}</td>
                <td className="preserve-lines">{c.outcome ?? '—'}</td>
                <td>{formatOptionalDate(c.closedOn, 'Open')}</td>
                {canWrite ? (
                  <td>
                    <button
                      type="button"
                      className="button button--secondary"
                      aria-label={`${c.closedOn ? 'Change' : 'Record the outcome of'} the complaint received on ${formatDate(c.receivedOn)}`}
                      onClick={() => setEditing(c)}
                    >
                      {c.closedOn ? 'Change' : 'Record outcome'}
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {list.data ? (
        <Pager
          label="Pages of complaints"
          page={list.data.page}
          pageCount={Math.max(1, Math.ceil(list.data.total / list.data.pageSize))}
          focusId="complaints-heading"
          onPage={(next) => setFilter({ ...filter, page: next })}
        />
      ) : null}
      <ComplaintDialog
        complaint={editing}
        onClose={() => setEditing(null)}
        onSaved={(text) => {
          setEditing(null);
          setNotice(text);
        }}
      />
    </section>
  );
}

function about(c: Complaint): string {
  const parts = [
    c.sitting ? `Sitting on ${formatDate(c.sitting.date)}` : null,
    c.household ? `Household ${c.household.reference}` : null,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join('; ') : '—';
}
