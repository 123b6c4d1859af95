import { ChoiceGroup } from '../../components/choice-group';
import { useState } from 'react';
import { Link } from 'react-router';
import { HOUSEHOLD_STATUS_LABELS } from '../../../../shared/schemas/household';
import type {
  RetentionEntry,
  RetentionOverview,
  RetentionQuery,
  RetentionSection,
} from '../../../../shared/schemas/records';
import { useRead } from '../../api/hooks';
import { LoadState } from '../../components/load-state';
import { NoticeBanner } from '../../components/notice-banner';
import { Pager, pageShownText } from '../../components/pager';
import { usePageTitle } from '../../components/use-page-title';
import { FormFrame } from '../../forms/form-frame';
import { useFilterForm } from '../../forms/use-filter-form';
import { formatDate, formatDateTime, formatOptionalDate } from '../../format';
import { PurgeDialog } from './purge-dialog';
import { DirectionControlsList } from './direction-controls-list';
import { PurgedEarlyList } from './purged-early-list';

const SECTION_LABELS: Record<RetentionSection, string> = {
  due: 'Past their retention date',
  kept: 'Kept until their retention date',
  purged: 'Purged',
};
const SECTIONS: readonly RetentionSection[] = ['due', 'kept', 'purged'];

/** FSR reg 32: households whose records are past their retention date, and purging them. */
export function RetentionPage() {
  usePageTitle('Records retention');
  // The list shown and its page: another list starts again at page 1.
  const [query, setQuery] = useState<RetentionQuery>({ section: 'due', page: 1 });
  const form = useFilterForm({
    channel: 'records:retention',
    live: true,
    initial: (): { section: RetentionSection } => ({ section: 'due' }),
    toInput: (values) => ({ section: values.section, page: 1 }),
    onApply: setQuery,
    fieldTargets: { section: 'retention-section' },
  });
  const [purging, setPurging] = useState<RetentionEntry | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const overview = useRead('records:retention', query);
  const counts = overview.data?.counts;
  const options = SECTIONS.map((value) => ({
    value,
    label: counts ? `${SECTION_LABELS[value]} (${counts[value]})` : SECTION_LABELS[value],
  }));
  return (
    <>
      <h1>Records retention</h1>
      <NoticeBanner message={notice} />
      <p>
        Records are kept at least 10 years from the end of approval for foster carers, 10 years from the end of the
        placement for connected persons, and 3 years from the refusal or withdrawal for applicants (Fostering Services
        Regulations 2011, regulation 32), including connected persons who had temporary approval and were later refused
        or withdrew. A connected person&apos;s records count from the latest placement end entered on the household
        page; until every linked child&apos;s placement end is entered they are kept, listed as &ldquo;Waiting for the
        placement end date&rdquo;.
      </p>
      <p>
        Purging removes names, address, linked children and the letters issued, and keeps the anonymous facts the annual
        report counts: the reference, type, status, dates, agenda items, recommendations and decisions.
      </p>
      <FormFrame form={form} className="filters" label="Choose which records to show" footer={false}>
        <ChoiceGroup
          type="radio"
          id="retention-section"
          legend="Show"
          inline
          options={options}
          {...form.bind('section')}
        />
      </FormFrame>
      <LoadState query={overview} what="records retention">
        {(loaded) => (
          <>
            <PurgedEarlyList entries={loaded.purgedEarly} />
            <DirectionControlsList />
            <section aria-labelledby="retention-list-heading" className="section">
              <h2 id="retention-list-heading" tabIndex={-1}>
                {SECTION_LABELS[loaded.section]}
              </h2>
              <p role="status" className="result-count">
                {pageShownText(
                  { ...loaded, total: loaded.counts[loaded.section], onPage: loaded.entries.length },
                  { one: 'record', many: 'records' },
                )}
              </p>
              <RetentionList overview={loaded} onPurge={setPurging} />
              <Pager
                label={`Pages of ${SECTION_LABELS[loaded.section].toLowerCase()}`}
                page={loaded.page}
                pageCount={Math.max(1, Math.ceil(loaded.counts[loaded.section] / loaded.pageSize))}
                focusId="retention-list-heading"
                onPage={(next) => setQuery({ ...query, page: next })}
              />
            </section>
          </>
        )}
      </LoadState>
      <PurgeDialog
        entry={purging}
        onClose={() => setPurging(null)}
        onPurged={(text) => {
          setPurging(null);
          setNotice(text);
        }}
      />
    </>
  );
}

const EMPTY: Record<RetentionSection, string> = {
  due: 'No records are past their retention date.',
  kept: 'None.',
  purged: 'No records have been purged.',
};

function RetentionList({
  overview,
  onPurge,
}: {
  overview: RetentionOverview;
  onPurge: (entry: RetentionEntry) => void;
}) {
  const { section, entries } = overview;
  if (entries.length === 0) return <p>{EMPTY[section]}</p>;
  if (section === 'due') return <EntryTable caption={SECTION_LABELS.due} entries={entries} onPurge={onPurge} />;
  if (section === 'kept') return <EntryTable caption={SECTION_LABELS.kept} entries={entries} />;
  return (
    <table className="table">
      <caption className="visually-hidden">Purged records</caption>
      <thead>
        <tr>
          <th scope="col">Reference</th>
          <th scope="col">Purged</th>
          <th scope="col">By</th>
          <th scope="col">Reason</th>
          <th scope="col" className="numeric">
            Letters removed
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id}>
            <HouseholdCell entry={e} />
            <td>{e.purge ? formatDateTime(e.purge.purgedAt) : ''}</td>
            <td>{e.purge?.purgedByName}</td>
            <td>{e.purge?.reason}</td>
            <td className="numeric">{e.purge?.documentsCleared}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function EntryTable({
  caption,
  entries,
  onPurge,
}: {
  caption: string;
  entries: RetentionEntry[];
  onPurge?: (entry: RetentionEntry) => void;
}) {
  return (
    <table className="table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Reference</th>
          <th scope="col">Household</th>
          <th scope="col">Status</th>
          <th scope="col">Kept for</th>
          <th scope="col">Ended</th>
          <th scope="col">May be purged from</th>
          {onPurge ? (
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id}>
            <HouseholdCell entry={e} />
            <td>{e.displayName}</td>
            <td>{HOUSEHOLD_STATUS_LABELS[e.status]}</td>
            <td>{e.basisLabel}</td>
            <td>{formatOptionalDate(e.endedOn, 'Not known')}</td>
            <td>{e.purgeableFrom ? formatDate(e.purgeableFrom) : 'Not known'}</td>
            {onPurge ? (
              <td>
                <button
                  type="button"
                  className="button button--warning"
                  aria-label={`Purge the records of ${e.reference}`}
                  onClick={() => onPurge(e)}
                >
                  Purge…
                </button>
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The row's header: the household's reference, linking to it. */
function HouseholdCell({ entry }: { entry: RetentionEntry }) {
  return (
    <th scope="row">
      <Link to={`/households/${entry.id}`}>{entry.reference}</Link>
    </th>
  );
}
