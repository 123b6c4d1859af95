import { Link } from 'react-router';
import type { MyWork } from '../../../../shared/schemas/my-work';
import { useRead } from '../../api/hooks';
import { LoadState } from '../../components/load-state';
import { usePageTitle } from '../../components/use-page-title';
import { formatDate } from '../../format';

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The chair's home (issue 19): what only they can do, each with a link
 * straight to where it is done. Their statutory clocks stay on "Due and overdue".
 */
export function MyWorkPage() {
  usePageTitle('My work');
  const work = useRead('dashboard:myWork', {});
  return (
    <>
      <h1>My work</h1>
      <p>What waits for you as the chair who presides: recommendations to record and minutes to approve.</p>
      <LoadState query={work} what="your work">
        {(data) => <MyWorkLists work={data} />}
      </LoadState>
    </>
  );
}

function MyWorkLists({ work }: { work: MyWork }) {
  if (!work.linkedToMember) {
    return (
      <p role="status">
        Your account is not linked to a member of the central list, so no item can wait for you. Ask the panel
        administrator to link it.
      </p>
    );
  }
  return (
    <>
      <p role="status" className="result-count">
        {`${counted(work.recommendations.length, 'item waits', 'items wait')} for your recommendation; ${counted(work.minutes.length, 'set of minutes waits', 'sets of minutes wait')} for your approval.`}
      </p>
      <section className="section" aria-labelledby="recommendations-heading">
        <h2 id="recommendations-heading">Waiting for your recommendation ({work.recommendations.length})</h2>
        {work.recommendations.length === 0 ? (
          <p>No item waits for your recommendation.</p>
        ) : (
          <ul>
            {work.recommendations.map((item) => (
              <li key={item.itemId}>
                <Link to={item.link}>
                  {`Record the recommendation: ${item.label}${item.householdReference ? `, ${item.householdReference}` : ''}`}
                </Link>{' '}
                (sitting on {formatDate(item.sittingDate)})
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="section" aria-labelledby="minutes-heading">
        <h2 id="minutes-heading">Minutes waiting for your approval ({work.minutes.length})</h2>
        {work.minutes.length === 0 ? (
          <p>No minutes wait for your approval.</p>
        ) : (
          <ul>
            {work.minutes.map((minutes) => (
              <li key={minutes.sittingId}>
                <Link
                  to={minutes.link}
                >{`Approve the minutes of the sitting on ${formatDate(minutes.sittingDate)}`}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
