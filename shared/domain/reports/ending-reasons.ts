/**
 * Why approvals end, as services report them each year (domain.md, from the
 * seed reports). Recorded as codes so the annual report counts like with
 * like; free-text reasons stay beside them.
 */
export const RESIGNATION_REASONS = {
  retirement: 'Retirement',
  change_of_circumstances: 'Change of circumstances',
  moving_to_ifa: 'Moving to an independent fostering agency',
  moving_to_another_la: 'Moving to another local authority',
  dissatisfaction: 'Dissatisfaction with the agency',
  other: 'Other',
} as const;
export type ResignationReason = keyof typeof RESIGNATION_REASONS;

export const DEREGISTRATION_REASONS = {
  standard_of_care: 'Standard of care',
  no_contact: 'No contact',
  child_no_longer_placed: 'Child no longer placed with the connected person (care plan changed)',
  unwilling_or_unavailable: 'Unwilling or unavailable to take placements',
  other: 'Other',
} as const;
export type DeregistrationReason = keyof typeof DEREGISTRATION_REASONS;

export const RESIGNATION_REASON_CODES = Object.keys(RESIGNATION_REASONS) as [ResignationReason, ...ResignationReason[]];
export const DEREGISTRATION_REASON_CODES = Object.keys(DEREGISTRATION_REASONS) as [
  DeregistrationReason,
  ...DeregistrationReason[],
];

/** The reason's label for a code, or the free text recorded when there is no code. */
export function endingReasonLabel(
  labels: Readonly<Record<string, string>>,
  code: string | null,
  freeText: string | null,
): string | null {
  return (code ? labels[code] : undefined) ?? freeText;
}
