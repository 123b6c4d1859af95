import { Link } from 'react-router';
import { useRead } from '../../api/hooks';
import { LoadState } from '../../components/load-state';
import { usePageTitle } from '../../components/use-page-title';
import { formatDateTime, yesNo } from '../../format';
import { NEVER_DELETED, roleNames, UserStatusTag } from './user-status';
import { SignedInSection } from './signed-in-section';

export function UsersListPage() {
  usePageTitle('Users');
  const users = useRead('users:list', {});
  return (
    <>
      <div className="page-heading">
        <h1>Users</h1>
        <Link className="button" to="/users/new">
          Add a user
        </Link>
      </div>
      <p>{NEVER_DELETED}</p>
      <LoadState query={users} what="the users">
        {(list) => (
          <table className="table">
            <caption className="visually-hidden">Everyone with an account</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Username</th>
                <th scope="col">Roles</th>
                <th scope="col">Central list member</th>
                <th scope="col">Status</th>
                <th scope="col">Must change password</th>
                <th scope="col">Last logged in</th>
              </tr>
            </thead>
            <tbody>
              {list.map((user) => (
                <tr key={user.id}>
                  <td>
                    <Link to={`/users/${user.id}`}>{user.displayName}</Link>
                  </td>
                  <td>{user.username}</td>
                  <td>{roleNames(user)}</td>
                  <td>{user.memberName ?? 'None'}</td>
                  <td>
                    <UserStatusTag user={user} />
                  </td>
                  <td>{yesNo(user.mustChangePassword)}</td>
                  <td>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : 'Never'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </LoadState>
      <SignedInSection />
    </>
  );
}
