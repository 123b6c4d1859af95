/**
 * The kinds of review after the first (FSR reg 28; domain.md "Later review").
 * "not_recorded" is only for reviews entered before kinds existed: the
 * migration gives it to them, and no form offers it.
 */
export const REVIEW_KINDS = ['annual', 'standards_of_care', 'allegation', 'change_of_circumstances'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

export const STORED_REVIEW_KINDS = [...REVIEW_KINDS, 'not_recorded'] as const;
export type StoredReviewKind = (typeof STORED_REVIEW_KINDS)[number];

export const REVIEW_KIND_LABELS: Record<StoredReviewKind, string> = {
  annual: 'Annual review',
  standards_of_care: 'Standards of care review',
  allegation: 'Review after an allegation',
  change_of_circumstances: 'Review after a change of circumstances',
  not_recorded: 'Kind not recorded',
};

/** A stored kind as one of the known ones; anything else (none, or unknown) is "not recorded". */
export function storedReviewKind(kind: string | null): StoredReviewKind {
  return (STORED_REVIEW_KINDS as readonly string[]).includes(kind ?? '') ? (kind as StoredReviewKind) : 'not_recorded';
}

export function reviewKindLabel(kind: string | null): string {
  return REVIEW_KIND_LABELS[storedReviewKind(kind)];
}
