import { useState } from 'react';
import { Link } from 'react-router';
import { HOUSEHOLD_STATUS_LABELS } from '../../../../shared/schemas/household';
import type { RetentionEntry } from '../../../../shared/schemas/records';
import { useRead } from '../../api/hooks';
import { LoadState } from '../../components/load-state';
import { NoticeBanner } from '../../components/notice-banner';
import { usePageTitle } from '../../components/use-page-title';
import { formatDate, formatDateTime, formatOptionalDate } from '../../format';
import { PurgeDialog } from './purge-dialog';

/** FSR reg 32: households whose records are past their retention date, and purging them. */
export function RetentionPage() {
  usePageTitle('Records retention');
  const overview = useRead('records:retention', {});
  return (
    <LoadState query={overview} what="records retention">
      {(loaded) => <Retention entries={loaded.entries} />}
    </LoadState>
  );
}

function Retention({ entries }: { entries: RetentionEntry[] }) {
  const [purging, setPurging] = useState<RetentionEntry | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const due = entries.filter((e) => e.due);
  const kept = entries.filter((e) => !e.due && !e.purge);
  const purged = entries.filter((e) => e.purge);
  return (
    <>
      <h1>Records retention</h1>
      <NoticeBanner message={notice} />
      <p>
        Records are kept at least 10 years from the end of approval for foster carers, 10 years from the end of the
        placement for connected persons, and 3 years from the refusal or withdrawal for applicants (Fostering Services
        Regulations 2011, regulation 32). The end of a connected person&apos;s placement is taken as the end of their
        approval, or the latest placement date recorded if that is later.
      </p>
      <p>
        Purging removes names, address, linked children and the letters issued, and keeps the anonymous facts the annual
        report counts: the reference, type, status, dates, agenda items, recommendations and decisions.
      </p>
      <section aria-labelledby="due-heading" className="section">
        <h2 id="due-heading">Past their retention date</h2>
        {due.length === 0 ? (
          <p>No records are past their retention date.</p>
        ) : (
          <EntryTable caption="Past their retention date" entries={due} onPurge={setPurging} />
        )}
      </section>
      <section aria-labelledby="kept-heading" className="section">
        <h2 id="kept-heading">Kept until their retention date</h2>
        {kept.length === 0 ? <p>None.</p> : <EntryTable caption="Kept until their retention date" entries={kept} />}
      </section>
      <section aria-labelledby="purged-heading" className="section">
        <h2 id="purged-heading">Purged</h2>
        {purged.length === 0 ? (
          <p>No records have been purged.</p>
        ) : (
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
              {purged.map((e) => (
                <tr key={e.id}>
                  <th scope="row">
                    <Link to={`/households/${e.id}`}>{e.reference}</Link>
                  </th>
                  <td>{e.purge ? formatDateTime(e.purge.purgedAt) : ''}</td>
                  <td>{e.purge?.purgedByName}</td>
                  <td>{e.purge?.reason}</td>
                  <td className="numeric">{e.purge?.documentsCleared}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
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
            <th scope="row">
              <Link to={`/households/${e.id}`}>{e.reference}</Link>
            </th>
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
