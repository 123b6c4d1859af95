import { Link } from 'react-router';
import { SITTING_STATUS_LABELS } from '../../../../shared/schemas/sitting';
import type { SittingSummary } from '../../../../shared/schemas/sitting-views';
import { formatDate } from '../../format';
import { describePlace, formatSittingDay, KIND_LABELS } from './sitting-words';

/** Papers go by the 5th working day before; a planned sitting past that day is flagged in words, not colour alone. */
function PapersDue({ sitting, today }: { sitting: SittingSummary; today: string | null }) {
  const overdue = today !== null && sitting.status === 'planned' && sitting.papersDue < today;
  return (
    <>
      {formatDate(sitting.papersDue)}
      {overdue ? (
        <>
          {' '}
          <span className="tag tag--warning tag--after">Overdue</span>
        </>
      ) : null}
    </>
  );
}

export function SittingsTable({
  sittings,
  today,
  caption,
}: {
  sittings: readonly SittingSummary[];
  today: string | null;
  caption: string;
}) {
  return (
    <table className="table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Time</th>
          <th scope="col">Sitting</th>
          <th scope="col">Where</th>
          <th scope="col">Status</th>
          <th scope="col">Papers due</th>
          <th scope="col" className="numeric">
            Items
          </th>
          <th scope="col">Presiding (planned)</th>
        </tr>
      </thead>
      <tbody>
        {sittings.map((sitting) => (
          <tr key={sitting.id}>
            <td>
              <Link to={`/sittings/${sitting.id}`}>{formatSittingDay(sitting.date)}</Link>
            </td>
            <td>{sitting.startTime}</td>
            <td>{KIND_LABELS[sitting.kind]}</td>
            <td>{describePlace(sitting)}</td>
            <td>{SITTING_STATUS_LABELS[sitting.status]}</td>
            <td>
              <PapersDue sitting={sitting} today={today} />
            </td>
            <td className="numeric">{sitting.itemCount}</td>
            <td>{sitting.plannedPresiderName ?? 'Not planned'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
