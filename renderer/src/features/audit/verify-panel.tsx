import { useMutation } from '@tanstack/react-query';
import type { AuditVerification } from '../../../../shared/schemas/audit';
import { call, type ApiError } from '../../api/client';

/** Re-checks every entry's seal, the chain between them and every record against its seal, on request. */
export function VerifyPanel() {
  // A read, but run on demand; it changes nothing, so nothing else is refreshed.
  const verify = useMutation<AuditVerification, ApiError>({ mutationFn: () => call('audit:verify', {}) });
  const result = verify.data;
  return (
    <section className="panel" aria-labelledby="verify-heading">
      <h2 id="verify-heading">Check the audit trail</h2>
      <p>Checks that no entry, decision or other record has been changed, removed or added outside the app.</p>
      <button
        type="button"
        className="button button--secondary"
        disabled={verify.isPending}
        onClick={() => verify.mutate()}
      >
        {verify.isPending ? 'Checking…' : 'Check the audit trail'}
      </button>
      <div role="status" className={result?.ok ? 'notice-banner' : undefined}>
        {result?.ok
          ? `The audit trail is intact: ${result.rowsChecked} ${result.rowsChecked === 1 ? 'entry' : 'entries'} checked.`
          : null}
      </div>
      <div role="alert" className={(result && !result.ok) || verify.error ? 'panel panel--error' : undefined}>
        {result && !result.ok ? (
          <>
            <p>
              <strong>The audit trail failed its check.</strong> {result.problem}
            </p>
            <p>
              {result.firstBrokenSeq !== null
                ? `The first broken entry is number ${result.firstBrokenSeq}.`
                : 'No single broken entry could be identified.'}{' '}
              {result.rowsChecked} {result.rowsChecked === 1 ? 'entry was' : 'entries were'} checked. Tell your system
              administrator, and keep the backups.
            </p>
            {result.changedRecords.length > 0 ? (
              <ul aria-label="Records changed outside the app">
                {result.changedRecords.map((record) => (
                  <li key={`${record.table}/${record.recordId}`}>{record.message}</li>
                ))}
              </ul>
            ) : null}
          </>
        ) : null}
        {verify.error ? <p>{verify.error.message}</p> : null}
      </div>
    </section>
  );
}
