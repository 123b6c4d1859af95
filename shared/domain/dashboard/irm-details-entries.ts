import type { IrmDetailsFacts } from './dashboard-facts';
import type { Draft, Rules } from './due-entries';

/**
 * A qualifying determination letter cannot be issued until the administrator
 * has entered the IRM's contact details. The entry shows only while a
 * determination is actually waiting for its letter (not on every dashboard of
 * a service that has never needed one), one per case, due when the decision
 * must be told in writing, so it turns overdue as the letter does.
 */
export function irmDetailsDrafts(waiting: readonly IrmDetailsFacts[], rules: Rules): Draft[] {
  return waiting.map((c) => ({
    id: `irm_details:${c.itemId}`,
    kind: 'irm_details',
    title:
      'Enter the IRM’s contact details in Settings: the qualifying determination letter cannot be issued without them',
    subject: c.householdReference,
    dueDate: rules.clocks.tellInWritingBy(c.decidedOn),
    whoActs: 'administrator',
    link: '/backups',
    timing: 'deadline',
  }));
}
