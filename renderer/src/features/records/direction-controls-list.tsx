import { useRead } from '../../api/hooks';

/**
 * Stored values holding a direction override, embedding or isolate
 * (U+202A–U+202E, U+2066–U+2069), which the app now refuses: written before
 * that, or outside the app. Each is shown inside <bdi> with the characters as
 * their codes, so nothing here renders reversed; correcting the field on its
 * own screen takes it off the list.
 */
export function DirectionControlsList() {
  const report = useRead('records:directionControls', {});
  const findings = report.data?.findings ?? [];
  return (
    <section aria-labelledby="direction-controls-heading" className="section">
      <h2 id="direction-controls-heading">Text that could show reversed</h2>
      {report.data === undefined ? (
        <p role="status">{report.error ? report.error.message : 'Checking the stored text…'}</p>
      ) : findings.length === 0 ? (
        <p>No stored text holds a direction override, embedding or isolate character.</p>
      ) : (
        <>
          <p>
            These values hold characters that change the direction of text, so a name could show or print reversed.
            Letters and other documents leave the characters out. Correct each value on its own screen by typing it
            again.
            {report.data.more ? ' Only the first 200 are listed.' : ''}
          </p>
          <table className="table">
            <caption className="visually-hidden">Stored text holding direction characters</caption>
            <thead>
              <tr>
                <th scope="col">Record</th>
                <th scope="col">Field</th>
                <th scope="col">Value, with the characters shown as codes</th>
                <th scope="col">Characters</th>
              </tr>
            </thead>
            <tbody>
              {findings.map((finding, index) => (
                <tr key={`${finding.recordKind}-${finding.record}-${finding.field}-${index}`}>
                  <th scope="row">
                    {finding.recordKind} <bdi>{finding.record}</bdi>
                  </th>
                  <td>{finding.field}</td>
                  <td>
                    <bdi>{finding.shown}</bdi>
                  </td>
                  <td>{finding.characters.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
