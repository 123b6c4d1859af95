import { useState } from 'react';
import type { SittingDetail } from '../../../../shared/schemas/sitting-views';
import { NoticeBanner } from '../../components/notice-banner';
import { useSession } from '../auth/session-context';
import { AttendanceRow } from './attendance-row';
import { InviteMemberForm } from './invite-member-form';
import { RolesForm } from './roles-form';

export function AttendanceSection({ sitting }: { sitting: SittingDetail }) {
  const { may } = useSession();
  const [notice, setNotice] = useState<string | null>(null);
  const open = sitting.status !== 'cancelled';
  const canEdit = open && may('sittings:recordAttendance');
  return (
    <section className="section" aria-labelledby="attendance-heading">
      <h2 id="attendance-heading">Attendance and roles</h2>
      <p className="hint">
        Each change is saved straight away and quorum is worked out again for every item. Until their attendance is
        recorded, invited members are counted as present.
      </p>
      <NoticeBanner message={notice} />
      {sitting.attendance.length === 0 ? (
        <p>No members are invited to this sitting.</p>
      ) : (
        <table className="table attendance-table">
          <caption className="visually-hidden">Members invited to this sitting</caption>
          <thead>
            <tr>
              <th scope="col">Member</th>
              <th scope="col">Attendance</th>
              <th scope="col">Arrived late, before item</th>
              <th scope="col">Left early, after item</th>
            </tr>
          </thead>
          <tbody>
            {sitting.attendance.map((attendee) => (
              <AttendanceRow
                key={attendee.memberId}
                sitting={sitting}
                attendee={attendee}
                canEdit={canEdit}
                onSaved={setNotice}
              />
            ))}
          </tbody>
        </table>
      )}
      {canEdit ? <InviteMemberForm sitting={sitting} onSaved={setNotice} /> : null}
      <RolesForm sitting={sitting} canEdit={open && may('sittings:setRoles')} onSaved={setNotice} />
    </section>
  );
}
