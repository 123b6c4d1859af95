import type { WhoActs } from '../../schemas/dashboard';

/** Who is looking: an administrator sees everything; anyone else what they themselves must do. */
export interface Viewer {
  roles: readonly string[];
  userId: string | null;
  memberId: string | null;
}

/** What an entry says of who acts: the role, and the person when it is theirs alone (an ADM's case, a presider's minutes). */
interface ActedOnBy {
  whoActs: WhoActs;
  forUserId?: string | null;
  forMemberId?: string | null;
}

/** Theirs to act on: one of their roles must act, and, where the entry names a person, it names them. */
export function isMine(draft: ActedOnBy, viewer: Viewer): boolean {
  if (!viewer.roles.includes(draft.whoActs)) return false;
  if (draft.forUserId !== undefined && draft.forUserId !== viewer.userId) return false;
  if (draft.forMemberId !== undefined && draft.forMemberId !== viewer.memberId) return false;
  return true;
}

/** The administrator sees everything; a chair, ADM or nominated officer what their role (and they) must do. */
export function visibleTo(draft: ActedOnBy, viewer: Viewer): boolean {
  return viewer.roles.includes('administrator') || isMine(draft, viewer);
}
