/**
 * Quorum per item (FSR reg 24 as read locally; domain.md). Each part is a
 * setting; the defaults are the domain's. Pure: the same attendance always
 * gives the same answer, with every failing part named.
 */
export interface QuorumSettings {
  minimumMembers: number;
  requireChairOrViceChairPresiding: boolean;
  requireQualifiedSocialWorker: boolean;
  requireOtherIndependentWhenPresiderNotIndependent: boolean;
}

export const DEFAULT_QUORUM: QuorumSettings = {
  minimumMembers: 5,
  requireChairOrViceChairPresiding: true,
  requireQualifiedSocialWorker: true,
  requireOtherIndependentWhenPresiderNotIndependent: true,
};

export interface PanelMember {
  memberId: string;
  name: string;
  listRole: 'chair' | 'vice_chair' | 'member';
  independent: boolean;
  socialWorkerPqe3: boolean;
}

/** A member's attendance at a sitting; item positions are 1-based in agenda order. */
export interface Attendance {
  member: PanelMember;
  status: 'present' | 'apologies' | 'absent';
  /** Arrived late, before this item (present from it onwards). */
  arrivedBeforeItem?: number | null;
  /** Left early, after this item (present up to and including it). */
  leftAfterItem?: number | null;
}

export interface Declaration {
  memberId: string;
  /** Withdrew for the item (does not count), or remained with the presider's agreement. */
  withdrew: boolean;
}

export type QuorumRule = 'MINIMUM_MEMBERS' | 'PRESIDER' | 'QUALIFIED_SOCIAL_WORKER' | 'OTHER_INDEPENDENT';

export interface QuorumResult {
  quorate: boolean;
  membersCounted: number;
  failures: { rule: QuorumRule; message: string }[];
}

/** Members present for the item at `position` and not withdrawn from it. */
export function membersForItem(
  attendance: readonly Attendance[],
  position: number,
  declarations: readonly Declaration[] = [],
): PanelMember[] {
  const withdrawn = new Set(declarations.filter((d) => d.withdrew).map((d) => d.memberId));
  return attendance
    .filter((a) => a.status === 'present')
    .filter((a) => (a.arrivedBeforeItem ?? 1) <= position && (a.leftAfterItem ?? Infinity) >= position)
    .map((a) => a.member)
    .filter((m) => !withdrawn.has(m.memberId));
}

export function assessQuorum(
  counted: readonly PanelMember[],
  presiderId: string | null,
  settings: QuorumSettings = DEFAULT_QUORUM,
  /** Why nobody able presides this item (item-presider.ts), said instead of the general words. */
  presiderProblem: string | null = null,
): QuorumResult {
  const failures: QuorumResult['failures'] = [];
  const presider = counted.find((m) => m.memberId === presiderId) ?? null;
  if (counted.length < settings.minimumMembers) {
    failures.push({
      rule: 'MINIMUM_MEMBERS',
      message: `Only ${counted.length} ${counted.length === 1 ? 'member is' : 'members are'} present and not withdrawn for this item; at least ${settings.minimumMembers} are needed.`,
    });
  }
  if (settings.requireChairOrViceChairPresiding && (!presider || presider.listRole === 'member')) {
    failures.push({
      rule: 'PRESIDER',
      message: presider
        ? `${presider.name} is presiding but is not the chair or a vice chair.`
        : (presiderProblem ?? 'No chair or vice chair is presiding for this item.'),
    });
  }
  if (settings.requireQualifiedSocialWorker && !counted.some((m) => m.socialWorkerPqe3)) {
    failures.push({
      rule: 'QUALIFIED_SOCIAL_WORKER',
      message: "No social worker with at least 3 years' post-qualifying experience is present for this item.",
    });
  }
  if (
    settings.requireOtherIndependentWhenPresiderNotIndependent &&
    presider &&
    !presider.independent &&
    !counted.some((m) => m.independent && m.memberId !== presider.memberId)
  ) {
    failures.push({
      rule: 'OTHER_INDEPENDENT',
      message: `${presider.name} is not independent of the service, so another independent member must be present; none is.`,
    });
  }
  return { quorate: failures.length === 0, membersCounted: counted.length, failures };
}
