import { DEREGISTRATION_REASONS, RESIGNATION_REASONS } from './ending-reasons';

/**
 * The fields of the annual fostering data return in the order and with the
 * definitions of domain.md ("Annual fostering data return"): the app's names,
 * which a service maps to the collection's current template. An ending whose
 * reason was not recorded is counted apart, in the `…_reason_not_recorded`
 * field after the reasons, never guessed into one of them.
 */
export interface DataReturnFieldInfo {
  field: string;
  label: string;
  definition: string;
}

const resignationFields: DataReturnFieldInfo[] = [
  ...Object.entries(RESIGNATION_REASONS).map(([code, label]) => ({
    field: `resignations_${code}`,
    label: `Resignations: ${label.toLowerCase()}`,
    definition: `Approvals ended by resignation in the year, the carers giving the reason “${label}”.`,
  })),
  {
    field: 'resignations_reason_not_recorded',
    label: 'Resignations: reason not recorded',
    definition: 'Approvals ended by resignation in the year with no reason recorded (counted apart).',
  },
];

const terminationFields: DataReturnFieldInfo[] = [
  ...Object.entries(DEREGISTRATION_REASONS).map(([code, label]) => ({
    field: `terminations_${code}`,
    label: `Terminations: ${label.toLowerCase()}`,
    definition: `Approvals terminated in the year for the reason “${label}”.`,
  })),
  {
    field: 'terminations_reason_not_recorded',
    label: 'Terminations: reason not recorded',
    definition: 'Approvals terminated in the year with no reason recorded (counted apart).',
  },
];

export const DATA_RETURN_FIELDS: readonly DataReturnFieldInfo[] = [
  {
    field: 'applications_received',
    label: 'Applications received',
    definition: 'Households whose application was received in the year.',
  },
  {
    field: 'applications_ended_withdrawn',
    label: 'Applications withdrawn',
    definition: 'Applications ended in the year because the applicant withdrew.',
  },
  {
    field: 'applications_ended_by_service',
    label: 'Applications ended by the service',
    definition: 'Applications the service ended before panel in the year.',
  },
  {
    field: 'applications_refused',
    label: 'Applications refused',
    definition: 'Households the ADM decided not to approve in the year (final decision).',
  },
  {
    field: 'applications_ended_reason_not_recorded',
    label: 'Applications ended, reason not recorded',
    definition: 'Applications ended in the year with no reason recorded.',
  },
  {
    field: 'approved_mainstream',
    label: 'Households approved: mainstream',
    definition: 'First approvals (final) in the year of mainstream households (specialist schemes included).',
  },
  {
    field: 'approved_connected',
    label: 'Households approved: connected persons',
    definition: 'First approvals (final) in the year of connected persons (family and friends) households.',
  },
  {
    field: 'temporary_approvals_reg24',
    label: 'Temporary approvals (CPPCR reg 24)',
    definition: 'Connected persons temporarily approved under CPPCR reg 24 in the year.',
  },
  {
    field: 'places_created',
    label: 'Places created',
    definition: 'The sum of the maximum number of children in the terms of the year’s approvals.',
  },
  {
    field: 'days_application_to_approval_median',
    label: 'Days from application to approval (median)',
    definition:
      'The median number of days from the application being received to approval, for the year’s approvals (each household’s days are listed).',
  },
  ...resignationFields,
  ...terminationFields,
  {
    field: 'households_approved_at_year_end_mainstream',
    label: 'Households approved at the year end: mainstream',
    definition: 'Mainstream households (specialist schemes included) approved on 31 March.',
  },
  {
    field: 'households_approved_at_year_end_connected',
    label: 'Households approved at the year end: connected persons',
    definition: 'Connected persons households approved on 31 March.',
  },
  {
    field: 'places_at_year_end',
    label: 'Approved places at the year end',
    definition: 'The sum of the maximum number of children in the terms in force on 31 March.',
  },
];

export const DATA_RETURN_FIELD_NAMES = DATA_RETURN_FIELDS.map((f) => f.field);
