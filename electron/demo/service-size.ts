/**
 * How big a generated service is. The demo is a small county service; the
 * benchmark needs the large county service quality.md describes (over 20
 * years: about 600 sittings, 7,000 agenda items, 3,000 households and 80
 * central-list members).
 */
export interface ServiceSize {
  /** Applications, reviews, endings and complaints a year, as a whole multiple of the demo service's (about 170 items). */
  caseload: number;
  /** The most items a main sitting hears, and an extra sitting. */
  mainSittingItems: number;
  extraSittingItems: number;
  /** Assessments a year that end before panel: the applicants withdraw or the service stops assessing them. */
  assessmentsEndedEarly: number;
  /** Members appointed to the central list each year. */
  membersJoiningYearly: number;
  /** Members who leave each year (never the chairs, members with accounts or qualified social workers). */
  membersLeavingYearly: number;
}

export const DEMO_SIZE: ServiceSize = {
  caseload: 1,
  mainSittingItems: 8,
  extraSittingItems: 5,
  assessmentsEndedEarly: 0,
  membersJoiningYearly: 0,
  membersLeavingYearly: 0,
};

export const LARGE_COUNTY_SIZE: ServiceSize = {
  caseload: 2,
  mainSittingItems: 13,
  extraSittingItems: 8,
  assessmentsEndedEarly: 36,
  membersJoiningYearly: 3,
  membersLeavingYearly: 2,
};

/** The caseload as the whole number of demo caseloads it stands for. */
export function caseloads(size: ServiceSize): number {
  return Math.max(1, Math.round(size.caseload));
}
