import {
  PurgeHousehold,
  RetentionEntry,
  RetentionOverview,
  RetentionQuery,
  SubjectAccessRequest,
  SubjectAccessSaved,
} from '../schemas/records';
import { read, write } from './define';

export const recordsContract = {
  /** Everything held about one household, as a zip main saves; audited, though nothing in the database changes. */
  'records:exportSubjectAccess': write('subject access', SubjectAccessRequest, SubjectAccessSaved),
  'records:retention': read(RetentionQuery, RetentionOverview),
  /**
   * Removes a household's personal data after its retention date. Audited as
   * "retention", not "household": a household diff would copy the removed
   * names into the audit trail.
   */
  'records:purge': write('retention', PurgeHousehold, RetentionEntry),
} as const;
