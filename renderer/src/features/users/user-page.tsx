import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import type { UserSummary } from '../../../../shared/schemas/users';
import { useRead } from '../../api/hooks';
import { LoadState } from '../../components/load-state';
import { NoticeBanner } from '../../components/notice-banner';
import { usePageTitle } from '../../components/use-page-title';
import { formatDateTime, yesNo } from '../../format';
import { DisableDialog } from './disable-dialog';
import { SecondFactorRow } from './second-factor-row';
import { ResetPasswordDialog } from './reset-password-dialog';
import { NEVER_DELETED, roleNames, UserStatusTag } from './user-status';

export function UserPage() {
  const { id = '' } = useParams();
  const user = useRead('users:get', { id });
  return (
    <LoadState query={user} what="this user">
      {(loaded) => <UserDetails user={loaded} />}
    </LoadState>
  );
}

function UserDetails({ user }: { user: UserSummary }) {
  usePageTitle(user.displayName);
  const location = useLocation();
  const [notice, setNotice] = useState<string | null>((location.state as { notice?: string } | null)?.notice ?? null);
  const [dialog, setDialog] = useState<'reset' | 'disable' | null>(null);
  const done = (text: string) => {
    setDialog(null);
    setNotice(text);
  };
  const rows: [string, string][] = [
    ['Username', user.username],
    ['Roles', roleNames(user)],
    ['Central list member', user.memberName ?? 'Not linked to a member'],
    ['Must change password at next login', yesNo(user.mustChangePassword)],
    ['Last logged in', user.lastLoginAt ? formatDateTime(user.lastLoginAt) : 'Never'],
  ];
  return (
    <>
      <p>
        <Link to="/users">Back to users</Link>
      </p>
      <NoticeBanner message={notice} />
      <h1>
        {user.displayName} <UserStatusTag user={user} />
      </h1>
      <div className="button-row">
        <Link className="button" to={`/users/${user.id}/edit`}>
          Edit details
        </Link>
        <button type="button" className="button button--secondary" onClick={() => setDialog('reset')}>
          Reset password
        </button>
        <button type="button" className="button button--secondary" onClick={() => setDialog('disable')}>
          {user.disabled ? 'Enable' : 'Disable'}
          <span className="visually-hidden"> this account</span>
        </button>
        <Link to={{ pathname: '/audit', search: `?entityType=user&entityId=${encodeURIComponent(user.id)}` }}>
          History<span className="visually-hidden"> of changes to this account</span>
        </Link>
      </div>
      <dl className="summary-list">
        {rows.map(([label, value]) => (
          <div key={label} className="summary-row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="hint">{NEVER_DELETED}</p>
      <SecondFactorRow user={user} onReset={setNotice} />
      <ResetPasswordDialog user={user} open={dialog === 'reset'} onClose={() => setDialog(null)} onSaved={done} />
      <DisableDialog user={user} open={dialog === 'disable'} onClose={() => setDialog(null)} onSaved={done} />
    </>
  );
}
