import type { Attendance, Declaration } from './quorum';

/**
 * Who presides one item (domain.md, Quorum rule 2): the sitting's presider,
 * unless a chair or vice chair was recorded to take the chair for this item
 * because the sitting's presider withdrew from it (a conflict), had not yet
 * arrived or had left. Pure: quorum, the recommendation's "presided by" and
 * the minutes all ask here, so they agree.
 */
export interface ItemPresiding {
  /** The member presiding this item, when they are able to (present for it and not withdrawn); else null. */
  presiderId: string | null;
  /** A chair or vice chair recorded to preside this item in place of the sitting's presider. */
  standIn: boolean;
  /** Why nobody able presides this item, in words; null when someone does or no presider is recorded at all. */
  problem: string | null;
  /** Why the sitting's presider did not preside this item ("had withdrawn"), for the minutes; null when they did. */
  sittingPresiderAway: string | null;
}

const ROLE_WORDS = { chair: 'the chair', vice_chair: 'the vice chair', member: 'the presiding member' } as const;

/** Why a member cannot preside the item at `position`, in words ("had withdrawn"), or null when they can. */
export function unableToPreside(
  attendance: readonly Attendance[],
  position: number,
  declarations: readonly Declaration[],
  memberId: string,
): string | null {
  const own = attendance.find((a) => a.member.memberId === memberId);
  if (!own || own.status !== 'present') return 'was not present';
  if (declarations.some((d) => d.memberId === memberId && d.withdrew)) return 'had withdrawn';
  if ((own.arrivedBeforeItem ?? 1) > position) return 'had not yet arrived';
  if ((own.leftAfterItem ?? Infinity) < position) return 'had left';
  return null;
}

/** The reason as a sentence about this item: "had withdrawn from this item". */
export function awayFromItem(away: string): string {
  if (away === 'had withdrawn') return 'had withdrawn from this item';
  if (away === 'had left') return 'had left before this item';
  return `${away} for this item`;
}

export function itemPresiding(
  attendance: readonly Attendance[],
  position: number,
  declarations: readonly Declaration[],
  sittingPresiderId: string | null,
  itemPresiderId: string | null,
): ItemPresiding {
  const nameOf = (id: string) => attendance.find((a) => a.member.memberId === id)?.member.name ?? 'The presider';
  const roleOf = (id: string) =>
    ROLE_WORDS[attendance.find((a) => a.member.memberId === id)?.member.listRole ?? 'member'];
  const sittingAway = sittingPresiderId ? unableToPreside(attendance, position, declarations, sittingPresiderId) : null;
  const sittingPresiderAway = sittingPresiderId && sittingAway ? `${roleOf(sittingPresiderId)} ${sittingAway}` : null;
  if (itemPresiderId && itemPresiderId !== sittingPresiderId) {
    const away = unableToPreside(attendance, position, declarations, itemPresiderId);
    return {
      presiderId: away ? null : itemPresiderId,
      standIn: true,
      problem: away ? `${nameOf(itemPresiderId)}, recorded to preside this item, ${awayFromItem(away)}.` : null,
      sittingPresiderAway,
    };
  }
  if (sittingPresiderId && sittingAway) {
    return {
      presiderId: null,
      standIn: false,
      problem: `${nameOf(sittingPresiderId)}, presiding at this sitting, ${awayFromItem(sittingAway)}. Record the chair or a vice chair who presides this item.`,
      sittingPresiderAway,
    };
  }
  return { presiderId: sittingPresiderId, standIn: false, problem: null, sittingPresiderAway: null };
}
