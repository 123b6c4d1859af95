import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import type { AuditFilter } from '../../../../shared/schemas/audit';
import type { ChannelOutput } from '../../../../shared/contract/channels';
import { call } from '../../api/client';
import { errorState } from '../../api/error-state';
import { ErrorSummary } from '../../components/error-summary';
import { usePageTitle } from '../../components/use-page-title';
import { AuditFilters } from './audit-filters';
import { AuditTable } from './audit-table';
import { VerifyPanel } from './verify-panel';

const PAGE_SIZE = 50;
const FILTER_KEYS = ['from', 'to', 'userId', 'entityType', 'entityId', 'householdId', 'sittingId'] as const;

/** The filter lives in the address, so a member's "History" link can open this screen already filtered. */
function filterFromParams(params: URLSearchParams): AuditFilter {
  const filter: AuditFilter = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filter[key] = value;
  }
  return filter;
}

export function AuditPage() {
  usePageTitle('Audit trail');
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const pages = useInfiniteQuery({
    queryKey: ['audit:list', filter, 'pages'],
    queryFn: ({ pageParam }): Promise<ChannelOutput<'audit:list'>> =>
      call('audit:list', { ...filter, limit: PAGE_SIZE, ...(pageParam ? { beforeSeq: pageParam } : {}) }),
    initialPageParam: undefined as number | undefined,
    // Older entries are the ones before the last shown.
    getNextPageParam: (last) => (last.hasMore ? last.entries.at(-1)?.seq : undefined),
  });
  const entries = pages.data?.pages.flatMap((page) => page.entries) ?? [];
  const names = Object.assign({}, ...(pages.data?.pages.map((page) => page.names) ?? [])) as Record<string, string>;
  const { message, fieldErrors } = errorState(pages.error);

  const apply = (next: AuditFilter) => {
    const search = new URLSearchParams();
    for (const key of FILTER_KEYS) if (next[key]) search.set(key, next[key]);
    setParams(search);
  };

  return (
    <>
      <h1>Audit trail</h1>
      <p>Every change to the records, and every login, in the order it happened. Nothing here can be edited.</p>
      <VerifyPanel />
      {filter.entityId ? <RecordScope name={entries[0]?.record} /> : null}
      {/* A filter typed into the address is judged by the backend; the form judges its own before applying. */}
      <ErrorSummary message={message} fieldErrors={fieldErrors} fieldTargets={{ from: 'from-day', to: 'to-day' }} />
      <AuditFilters key={params.toString()} filter={filter} onApply={apply} />
      <p role="status" className="result-count">
        {pages.data
          ? `${entries.length} ${entries.length === 1 ? 'entry' : 'entries'} shown${pages.hasNextPage ? ', newest first. There are older entries.' : ''}`
          : pages.isPending
            ? 'Loading entries…'
            : ''}
      </p>
      {entries.length > 0 ? <AuditTable entries={entries} names={names} /> : null}
      {pages.data && entries.length === 0 ? <p>No entries match these filters.</p> : null}
      {pages.hasNextPage ? (
        <button
          type="button"
          className="button button--secondary"
          disabled={pages.isFetchingNextPage}
          onClick={() => void pages.fetchNextPage()}
        >
          {pages.isFetchingNextPage ? 'Loading older entries…' : 'Show older entries'}
        </button>
      ) : null}
    </>
  );
}

/** Says whose history is shown, by the name its entries give it, with the way back to everything. */
function RecordScope({ name }: { name: string | undefined }) {
  return (
    <div className="panel">
      <p>
        Showing the history of one record
        {name ? (
          <>
            : <strong>{name}</strong>
          </>
        ) : null}
        .
      </p>
      <p>
        <Link to="/audit">Show every record</Link>
      </p>
    </div>
  );
}
