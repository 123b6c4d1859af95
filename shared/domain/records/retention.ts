import { formatDate } from '../dates';

/**
 * FSR regulation 32: how long a household's records must be kept.
 *
 * - Approved foster carers: at least 10 years from the end of approval.
 * - Connected persons who were approved or had temporary approval under
 *   CPPCR reg 24 (even if later refused or withdrawn): at least 10 years from
 *   the end of the placement, the latest end recorded on their linked
 *   children. Until every linked child's placement end is entered (or while
 *   no child is linked) the date cannot be worked out and the record is kept.
 * - Refused or withdrawn applicants: at least 3 years from the refusal or
 *   withdrawal (its effective date in the status history).
 *
 * When more than one applies (an applicant who withdrew, came back and was
 * approved, then resigned) the latest date wins. While a household is an
 * applicant, approved or on hold the record is in use: there is no date yet.
 */
export type RetentionBasis = 'approval_ended' | 'placement_ended' | 'refused' | 'withdrawn';

export const RETENTION_BASIS_LABELS: Record<RetentionBasis, string> = {
  approval_ended: '10 years from the end of approval',
  placement_ended: '10 years from the end of the placement (connected person)',
  refused: '3 years from the refusal',
  withdrawn: '3 years from the withdrawal',
};

const RETENTION_YEARS: Record<RetentionBasis, number> = {
  approval_ended: 10,
  placement_ended: 10,
  refused: 3,
  withdrawn: 3,
};

type Status = 'applicant' | 'approved' | 'on_hold' | 'resigned' | 'terminated' | 'withdrawn' | 'refused';

export interface RetentionFacts {
  householdType: 'mainstream' | 'connected_person' | 'specialist';
  status: Status;
  approvalDate: string | null;
  history: readonly { status: Status; effectiveDate: string }[];
  /** Dates approval ended as decisions and resignations recorded them. */
  approvalEnds: readonly string[];
  /** CPPCR reg 24: when the connected person was temporarily approved, if ever. */
  temporaryApprovalDate: string | null;
  /** When each linked child's placement ended; null where not yet entered. */
  placementEnds: readonly (string | null)[];
}

export type Retention =
  | { kind: 'open'; reason: string }
  | { kind: 'unknown'; reason: string }
  /** A connected person's placement end is not entered yet: kept until it is. */
  | { kind: 'waiting'; basis: 'placement_ended'; reason: string }
  | {
      kind: 'dated';
      basis: RetentionBasis;
      /** The date the period is counted from. */
      endedOn: string;
      years: number;
      /** The first day the record may be purged. */
      purgeableFrom: string;
    };

const UNKNOWN_END =
  'The date the approval or application ended is not recorded, so the retention date cannot be worked out.';

export const WAITING_LABEL = 'Waiting for the placement end date';
const WAITING: Retention = {
  kind: 'waiting',
  basis: 'placement_ended',
  reason:
    `${WAITING_LABEL}: a connected person's records are kept 10 years from the end of the placement ` +
    '(FSR regulation 32). Enter when each linked child’s placement ended on the household page.',
};

const OPEN: ReadonlySet<Status> = new Set(['applicant', 'approved', 'on_hold']);

/** `years` after `iso`, never short of it: 29 February moves to 1 March, not back to 28 February. */
export function addWholeYears(iso: string, years: number): string {
  // String arithmetic: the retention screen works this out for every ended household.
  const year = Number(iso.slice(0, 4)) + years;
  const monthDay = iso.slice(4);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return monthDay === '-02-29' && !leap ? `${year}-03-01` : `${year}${monthDay}`;
}

function latest(dates: readonly (string | null | undefined)[]): string | null {
  return dates.reduce<string | null>((best, date) => (date && (!best || date > best) ? date : best), null);
}

function dated(basis: RetentionBasis, endedOn: string): Retention & { kind: 'dated' } {
  const years = RETENTION_YEARS[basis];
  return { kind: 'dated', basis, endedOn, years, purgeableFrom: addWholeYears(endedOn, years) };
}

export function retentionOf(facts: RetentionFacts): Retention {
  if (OPEN.has(facts.status)) {
    return {
      kind: 'open',
      reason: 'The household is still an applicant, approved or on hold: its records are in use.',
    };
  }
  const candidates: (Retention & { kind: 'dated' })[] = [];
  const datesOf = (...statuses: Status[]) =>
    facts.history.filter((entry) => statuses.includes(entry.status)).map((entry) => entry.effectiveDate);

  const everApproved = facts.approvalDate !== null || datesOf('approved').length > 0;
  if (facts.householdType === 'connected_person' && (everApproved || facts.temporaryApprovalDate)) {
    // Ten years from the end of the placement wins over three from a refusal: never purge before it is known.
    const ends = facts.placementEnds;
    const placementEnded = ends.length > 0 && ends.every((end) => end !== null) ? latest(ends) : null;
    if (!placementEnded) return WAITING;
    candidates.push(dated('placement_ended', placementEnded));
  } else if (everApproved) {
    const approvalEnded =
      latest([...facts.approvalEnds, ...datesOf('resigned', 'terminated')]) ?? latest(datesOf('refused', 'withdrawn'));
    if (approvalEnded) candidates.push(dated('approval_ended', approvalEnded));
  }
  for (const basis of ['refused', 'withdrawn'] as const) {
    const when = latest(datesOf(basis));
    if (when) candidates.push(dated(basis, when));
  }
  const chosen = candidates.reduce<(Retention & { kind: 'dated' }) | null>(
    (best, next) => (!best || next.purgeableFrom > best.purgeableFrom ? next : best),
    null,
  );
  return chosen ?? { kind: 'unknown', reason: UNKNOWN_END };
}

/** A retention worked out earlier and kept (retention_dates): null dates mean the end was not recorded. */
export function storedRetention(
  basis: RetentionBasis | null,
  endedOn: string | null,
  purgeableFrom: string | null,
): Retention {
  if (basis === 'placement_ended' && !endedOn) return WAITING;
  if (!basis || !endedOn || !purgeableFrom) return { kind: 'unknown', reason: UNKNOWN_END };
  return { kind: 'dated', basis, endedOn, years: RETENTION_YEARS[basis], purgeableFrom };
}

/** Null when the record may be purged on `today`; otherwise why not, in words for the administrator. */
export function purgeRefusal(retention: Retention, today: string): string | null {
  if (retention.kind !== 'dated') return `${retention.reason} It cannot be purged.`;
  if (today >= retention.purgeableFrom) return null;
  return (
    `These records must be kept until ${formatDate(retention.purgeableFrom)}: ` +
    `${RETENTION_BASIS_LABELS[retention.basis]} on ${formatDate(retention.endedOn)} (FSR regulation 32). ` +
    'They cannot be purged before then.'
  );
}
