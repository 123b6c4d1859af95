import { z } from 'zod';
import {
  PurgeHousehold,
  RetentionEntry,
  RetentionOverview,
  RetentionQuery,
  SubjectAccessRequest,
  SubjectAccessSaved,
} from '../schemas/records';
import { DirectionControlReport } from '../schemas/text-check';
import { read, write } from './define';

const Empty = z.object({}).strict();

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
  /** Stored values holding a direction control the boundary now refuses, for the administrator to correct. */
  'records:directionControls': read(Empty, DirectionControlReport),
} as const;
