import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Channel } from '../../../../shared/contract/channels';
import { mayCall } from '../../../../shared/contract/permissions';
import { ROLE_LABELS, type Role } from '../../../../shared/contract/roles';
import type { SessionInfo } from '../../../../shared/schemas/auth';

export interface SessionValue {
  session: SessionInfo;
  roles: readonly Role[];
  idleLockMinutes: number;
  /** False for a browser seat when the administrator has switched off downloads to browsers. */
  downloadsAllowed: boolean;
  /** Whether this person's roles allow the channel: the same table the backend enforces. */
  may: (channel: Channel) => boolean;
  /** "Panel administrator, Chair or vice chair". */
  roleNames: string;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({
  session,
  idleLockMinutes,
  downloadsAllowed,
  children,
}: {
  session: SessionInfo;
  idleLockMinutes: number;
  downloadsAllowed: boolean;
  children: ReactNode;
}) {
  const value = useMemo<SessionValue>(
    () => ({
      session,
      roles: session.roles,
      idleLockMinutes,
      downloadsAllowed,
      may: (channel) => mayCall(session.roles, channel),
      roleNames: session.roles.map((role) => ROLE_LABELS[role]).join(', '),
    }),
    [session, idleLockMinutes, downloadsAllowed],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The logged-in person. Only screens inside the session gate may call this. */
export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession is used outside the session gate');
  return value;
}
