import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { LIST_ROLE_LABELS } from '../../../../shared/schemas/member';
import type { SittingDetail } from '../../../../shared/schemas/sitting-views';
import { errorState } from '../../api/error-state';
import { useWrite } from '../../api/hooks';
import { ATTENDANCE_LABELS, isOnAgenda, itemName, type AttendanceStatus } from './sitting-words';

type Attendee = SittingDetail['attendance'][number];
interface RowValues {
  status: AttendanceStatus;
  arrived: string;
  left: string;
}

const STATUS_OPTIONS = (Object.keys(ATTENDANCE_LABELS) as AttendanceStatus[]).map((value) => ({
  value,
  label: ATTENDANCE_LABELS[value],
}));

function RowSelect(props: {
  id: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  return (
    <>
      <label htmlFor={props.id} className="visually-hidden">
        {props.label}
      </label>
      {props.error ? (
        <p id={`${props.id}-error`} className="field-error">
          <span className="visually-hidden">Error: </span>
          {props.error}
        </p>
      ) : null}
      <select
        id={props.id}
        className="input"
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${props.id}-error` : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </>
  );
}

/** One member's attendance; each change is saved at once, and quorum is worked out again. */
export function AttendanceRow({
  sitting,
  attendee,
  canEdit,
  onSaved,
}: {
  sitting: SittingDetail;
  attendee: Attendee;
  canEdit: boolean;
  onSaved: (notice: string) => void;
}) {
  const record = useWrite('sittings:recordAttendance');
  // What the user chose, shown until the saved record comes back (or beside the reason it was refused).
  const [pending, setPending] = useState<RowValues | null>(null);
  const queryClient = useQueryClient();
  const { fieldErrors } = errorState(record.error);
  // A refusal that names no field (a cancelled sitting, say) is shown under the status.
  const statusError =
    fieldErrors.status ?? (record.error && Object.keys(fieldErrors).length === 0 ? record.error.message : undefined);
  // Arrow keys on a select save each choice in turn: only the latest answer may clear what is shown.
  const latest = useRef(0);
  const saved: RowValues = {
    status: attendee.status,
    arrived: attendee.arrivedBeforeItemId ?? '',
    left: attendee.leftAfterItemId ?? '',
  };
  // The latest choice is shown until the record has been read again after it was saved.
  const shown: RowValues = pending ?? saved;
  const itemOptions = (current: string) =>
    sitting.items
      .map((item) => ({ item, label: itemName(item) }))
      .filter(({ item }) => isOnAgenda(item) || item.id === current)
      .map(({ item, label }) => ({ value: item.id, label }));
  const labelOf = (id: string) => itemOptions(id).find((o) => o.value === id)?.label ?? '';
  // The newest version of this row seen (the shown record's, or the last save's answer): each save is checked
  // against it, so another seat's change meanwhile is refused; one save at a time, the latest choice queued.
  const seenVersion = useRef(attendee.version);
  const inFlight = useRef(false);
  const queued = useRef<{ values: RowValues; request: number } | null>(null);
  const send = (values: RowValues, request: number) => {
    inFlight.current = true;
    record.mutate(
      {
        sittingId: sitting.id,
        memberId: attendee.memberId,
        version: Math.max(seenVersion.current, attendee.version),
        status: values.status,
        arrivedBeforeItemId: values.arrived || null,
        leftAfterItemId: values.left || null,
      },
      {
        onSettled: (detail, error) => {
          inFlight.current = false;
          const row = detail?.attendance.find((a) => a.memberId === attendee.memberId);
          if (row) seenVersion.current = Math.max(seenVersion.current, row.version);
          const conflict = error?.error.conflict;
          if (conflict && request === latest.current) {
            // Another seat recorded this member meanwhile: show what they recorded (the message names them and
            // when); the next choice is saved against their version.
            if (conflict.version !== null) seenVersion.current = Math.max(seenVersion.current, conflict.version);
            setPending(null);
            void queryClient.invalidateQueries();
          }
          const next = queued.current;
          queued.current = null;
          if (next) send(next.values, next.request);
        },
        onSuccess: () => {
          if (request !== latest.current) return;
          // Only once the fresh record is here may it replace the choice: an earlier, slower read
          // would otherwise show the previous answer for a moment and move the keyboard user's place.
          void queryClient.invalidateQueries().then(() => {
            if (request === latest.current) setPending(null);
          });
          const late = values.arrived ? `, arrived before ${labelOf(values.arrived)}` : '';
          const early = values.left ? `, left after ${labelOf(values.left)}` : '';
          onSaved(`Saved: ${attendee.name}, ${ATTENDANCE_LABELS[values.status].toLowerCase()}${late}${early}.`);
        },
      },
    );
  };
  const save = (next: RowValues) => {
    const present = next.status === 'present';
    const values = present ? next : { ...next, arrived: '', left: '' };
    setPending(values);
    latest.current += 1;
    if (inFlight.current) queued.current = { values, request: latest.current };
    else send(values, latest.current);
  };
  const id = `attendance-${attendee.memberId}`;
  const qualities = [
    LIST_ROLE_LABELS[attendee.listRole],
    attendee.independent ? 'independent' : null,
    attendee.socialWorkerPqe3 ? "social worker, 3 years' PQE" : null,
  ].filter(Boolean);
  return (
    <tr>
      <th scope="row">
        {attendee.name}
        <span className="hint attendee-qualities">{qualities.join(', ')}</span>
      </th>
      {canEdit ? (
        <>
          <td>
            <RowSelect
              id={`${id}-status`}
              label={`Attendance of ${attendee.name}`}
              value={shown.status}
              options={STATUS_OPTIONS}
              error={statusError}
              onChange={(status) => save({ ...shown, status: status as AttendanceStatus })}
            />
          </td>
          <td>
            {shown.status === 'present' ? (
              <RowSelect
                id={`${id}-arrived`}
                label={`Arrived late, before item (${attendee.name})`}
                value={shown.arrived}
                options={[{ value: '', label: 'On time' }, ...itemOptions(shown.arrived)]}
                error={fieldErrors.arrivedBeforeItemId}
                onChange={(arrived) => save({ ...shown, arrived })}
              />
            ) : (
              '—'
            )}
          </td>
          <td>
            {shown.status === 'present' ? (
              <RowSelect
                id={`${id}-left`}
                label={`Left early, after item (${attendee.name})`}
                value={shown.left}
                options={[{ value: '', label: 'Stayed to the end' }, ...itemOptions(shown.left)]}
                error={fieldErrors.leftAfterItemId}
                onChange={(left) => save({ ...shown, left })}
              />
            ) : (
              '—'
            )}
          </td>
        </>
      ) : (
        <>
          <td>{ATTENDANCE_LABELS[attendee.status]}</td>
          <td>{attendee.arrivedBeforeItemId ? labelOf(attendee.arrivedBeforeItemId) : '—'}</td>
          <td>{attendee.leftAfterItemId ? labelOf(attendee.leftAfterItemId) : '—'}</td>
        </>
      )}
    </tr>
  );
}
