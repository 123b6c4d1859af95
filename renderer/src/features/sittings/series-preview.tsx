import { useEffect, useRef } from 'react';
import type { SittingSummary } from '../../../../shared/schemas/sitting-views';
import { formatSittingDay } from './sitting-words';

export interface PreviewDate {
  date: string;
  skipped: string | null;
}

/** The backend leaves out dates before today too, though its preview does not say so: the count must match. */
export function skipReason(entry: PreviewDate, today: string | null): string | null {
  if (entry.skipped) return entry.skipped;
  if (today !== null && entry.date < today) return 'In the past';
  return null;
}

export function SeriesPreview({
  dates,
  today,
  creating,
  onCreate,
}: {
  dates: readonly PreviewDate[];
  today: string | null;
  creating: boolean;
  onCreate: () => void;
}) {
  const count = dates.filter((d) => skipReason(d, today) === null).length;
  const skipped = dates.length - count;
  const heading = useRef<HTMLHeadingElement>(null);
  // The preview appears below the form: move there so keyboard and screen reader users find it.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="section" aria-labelledby="preview-heading">
      <h2 id="preview-heading" tabIndex={-1} ref={heading}>
        Preview
      </h2>
      <p>
        {dates.length} {dates.length === 1 ? 'date matches' : 'dates match'}. {count}{' '}
        {count === 1 ? 'sitting' : 'sittings'} will be created
        {skipped > 0 ? ` and ${skipped} ${skipped === 1 ? 'date' : 'dates'} skipped` : ''}.
      </p>
      <table className="table">
        <caption className="visually-hidden">Dates in the series</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Will it be created?</th>
          </tr>
        </thead>
        <tbody>
          {dates.map((entry) => {
            const reason = skipReason(entry, today);
            return (
              <tr key={entry.date}>
                <td>{formatSittingDay(entry.date)}</td>
                <td>
                  {reason ? (
                    <>
                      <span className="tag tag--warning">Skipped</span> {reason}
                    </>
                  ) : (
                    'Yes'
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" className="button" disabled={creating || count === 0} onClick={onCreate}>
        {creating ? 'Creating…' : `Create ${count} ${count === 1 ? 'sitting' : 'sittings'}`}
      </button>
    </section>
  );
}

export function createdNotice(created: readonly SittingSummary[], year: string): string {
  return `${created.length} ${created.length === 1 ? 'sitting has' : 'sittings have'} been added for ${year.trim()}.`;
}
