/**
 * The version to send with an attendance write for one member: their row's, or 0 when they have no row at this
 * sitting yet. Writers read it from the sitting they last saw, so a change made meanwhile at another seat is refused.
 */
export function attendanceVersion(
  sitting: { attendance: readonly { memberId: string; version: number }[] },
  memberId: string,
): number {
  return sitting.attendance.find((a) => a.memberId === memberId)?.version ?? 0;
}
