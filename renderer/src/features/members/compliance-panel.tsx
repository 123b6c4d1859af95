import { Link } from 'react-router';
import { useRead } from '../../api/hooks';

/** The central list's warnings, at the top of the list: problems first, then what falls due soon. */
export function CompliancePanel() {
  const warnings = useRead('members:compliance', {});
  if (!warnings.data) return null;
  const problems = warnings.data.filter((w) => w.severity === 'problem');
  const due = warnings.data.filter((w) => w.severity === 'due');
  if (warnings.data.length === 0) {
    return (
      <section className="panel panel--ok" aria-labelledby="compliance-heading">
        <h2 id="compliance-heading">Central list checks</h2>
        <p>
          No problems: the list has an independent chair, a vice chair and a qualified social worker, and nothing falls
          due in the next 30 days.
        </p>
      </section>
    );
  }
  return (
    <section className="panel panel--warning" aria-labelledby="compliance-heading">
      <h2 id="compliance-heading">Central list checks</h2>
      {problems.length > 0 ? (
        <>
          <h3>Needs action ({problems.length})</h3>
          <ul className="warning-list" aria-label="Needs action">
            {problems.map((w) => (
              <li key={`${w.code}-${w.memberId ?? 'list'}`} data-code={w.code}>
                {w.memberId ? <Link to={`/members/${w.memberId}`}>{w.message}</Link> : w.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {due.length > 0 ? (
        <>
          <h3>Due in the next 30 days ({due.length})</h3>
          <ul className="warning-list" aria-label="Due in the next 30 days">
            {due.map((w) => (
              <li key={`${w.code}-${w.memberId ?? 'list'}`} data-code={w.code}>
                {w.memberId ? <Link to={`/members/${w.memberId}`}>{w.message}</Link> : w.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
