import { useState } from 'react';
import { errorState } from '../../api/error-state';
import { useRead, useWrite } from '../../api/hooks';
import { LoadState } from '../../components/load-state';
import { NoticeBanner } from '../../components/notice-banner';
import { formatDateTime } from '../../format';

/**
 * Everyone signed in, on the host or at a seat of the service, with where
 * they are. The administrator can end anyone's session but their own: that
 * person's next action asks them to sign in again, and nothing saved is lost.
 */
export function SignedInSection() {
  const sessions = useRead('users:signedIn', {});
  const end = useWrite('users:endSession');
  const [notice, setNotice] = useState<string | null>(null);
  const { message } = errorState(end.error);
  return (
    <section aria-labelledby="signed-in-heading">
      <h2 id="signed-in-heading">Signed-in computers</h2>
      <NoticeBanner message={notice} />
      {message && (
        <p role="alert" className="field-error">
          {message}
        </p>
      )}
      <LoadState query={sessions} what="who is signed in">
        {(list) => (
          <table className="table">
            <caption className="visually-hidden">Everyone signed in now, and where</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Computer</th>
                <th scope="col">Signed in</th>
                <th scope="col">Last active</th>
                <th scope="col">
                  <span className="visually-hidden">Action</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((session) => (
                <tr key={session.id}>
                  <td>
                    {session.displayName}
                    {session.locked ? ' (locked)' : ''}
                  </td>
                  <td>{session.seat}</td>
                  <td>{formatDateTime(session.signedInAt)}</td>
                  <td>{formatDateTime(session.lastActivityAt)}</td>
                  <td>
                    {session.current ? (
                      'You'
                    ) : (
                      <button
                        type="button"
                        className="button button--secondary"
                        disabled={end.isPending}
                        aria-label={`End ${session.displayName}’s session at ${session.seat}`}
                        onClick={() => {
                          setNotice(null);
                          end.mutate(
                            { id: session.id },
                            {
                              onSuccess: () =>
                                setNotice(`${session.displayName}’s session at ${session.seat} has ended.`),
                            },
                          );
                        }}
                      >
                        End session
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </LoadState>
    </section>
  );
}
