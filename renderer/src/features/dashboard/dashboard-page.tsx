import { useSearchParams } from 'react-router';
import {
  DEFAULT_WITHIN_DAYS,
  DueKind,
  MAX_WITHIN_DAYS,
  WhoActs,
  type DueList,
} from '../../../../shared/schemas/dashboard';
import { useRead } from '../../api/hooks';
import { LoadState } from '../../components/load-state';
import { usePageTitle } from '../../components/use-page-title';
import { formatDate } from '../../format';
import { useSession } from '../auth/session-context';
import { DueFilters, type DueFilterValues } from './due-filters';
import { DueTable } from './due-table';
import { withinInWords } from './due-words';
import './dashboard.css';

/** The filter lives in the address; anything unreadable there falls back to the defaults. */
function filterFromParams(params: URLSearchParams): DueFilterValues {
  const kind = DueKind.safeParse(params.get('kind'));
  const who = WhoActs.safeParse(params.get('who'));
  const within = Number(params.get('within') ?? DEFAULT_WITHIN_DAYS);
  return {
    kind: kind.success ? kind.data : '',
    whoActs: who.success ? who.data : '',
    withinDays: Number.isInteger(within) && within >= 0 && within <= MAX_WITHIN_DAYS ? within : DEFAULT_WITHIN_DAYS,
  };
}

/** The administrator's home: everything due or overdue, computed by the statutory clocks in shared/. */
export function DashboardPage() {
  usePageTitle('Due and overdue');
  const { roles } = useSession();
  const isAdministrator = roles.includes('administrator');
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const due = useRead('dashboard:due', {
    withinDays: filter.withinDays,
    ...(filter.kind ? { kinds: [filter.kind] } : {}),
    ...(filter.whoActs ? { whoActs: filter.whoActs } : {}),
  });

  const apply = (next: DueFilterValues) => {
    const search = new URLSearchParams();
    if (next.kind) search.set('kind', next.kind);
    if (next.whoActs) search.set('who', next.whoActs);
    if (next.withinDays !== DEFAULT_WITHIN_DAYS) search.set('within', String(next.withinDays));
    setParams(search);
  };

  return (
    <>
      <h1>Due and overdue</h1>
      <p>
        {isAdministrator
          ? 'Every statutory clock and renewal: papers, minutes, decisions, approvals, reviews and the central list.'
          : 'What you need to do, from the statutory clocks.'}
      </p>
      <DueFilters key={params.toString()} filter={filter} showWhoActs={isAdministrator} onApply={apply} />
      <LoadState query={due} what="what is due">
        {(list) => <DueSummary list={list} />}
      </LoadState>
    </>
  );
}

function DueSummary({ list }: { list: DueList }) {
  const overdue = list.entries.filter((e) => e.overdue).length;
  const window = withinInWords(list.withinDays);
  const counted =
    list.entries.length === 0
      ? `Nothing is overdue and nothing is due in ${window}.`
      : `${overdue} overdue; ${list.entries.length - overdue} due in ${window}.`;
  return (
    <>
      <p role="status" className="result-count">
        {`As of ${formatDate(list.today)}: ${counted}`}
      </p>
      <DueTables list={list} />
    </>
  );
}

/**
 * The signed-in person's own entries first, then everyone else's (issue 19):
 * one table when all are one or the other.
 */
function DueTables({ list }: { list: DueList }) {
  const asOf = formatDate(list.today);
  const mine = list.entries.filter((e) => e.mine);
  const others = list.entries.filter((e) => !e.mine);
  if (list.entries.length === 0) return null;
  if (mine.length === 0 || others.length === 0) {
    return <DueTable entries={list.entries} caption={`Due and overdue as of ${asOf}, overdue first`} />;
  }
  return (
    <>
      <DueTable entries={mine} caption={`Yours to act on (${mine.length}), as of ${asOf}, overdue first`} />
      <DueTable entries={others} caption={`Everyone else’s (${others.length}), as of ${asOf}, overdue first`} />
    </>
  );
}
