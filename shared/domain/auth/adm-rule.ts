/**
 * Product rule: one person may hold several roles, except that the ADM who
 * will decide an item may not record the panel's recommendation on it (the
 * decision must stay separate from the recommendation).
 */
export interface RecordingUser {
  userId: string;
}

export interface ItemDecisionMaker {
  /** The user assigned to decide the item, once one is assigned. */
  decidingAdmUserId: string | null;
}

export function admRecordingRefusal(user: RecordingUser, item: ItemDecisionMaker): string | null {
  if (item.decidingAdmUserId !== null && item.decidingAdmUserId === user.userId) {
    return 'You are the agency decision maker for this item, so you cannot record the panel’s recommendation on it. Ask the chair or the panel administrator to record it.';
  }
  return null;
}
