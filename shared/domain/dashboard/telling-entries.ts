import type { TellingFacts } from './dashboard-facts';
import type { Draft, StatutoryClocks } from './due-entries';

/**
 * Telling the applicant the ADM's decision (locally: orally within 2 working
 * days, in writing within 5). Each entry stands from the decision until it is
 * done: the oral one until it is recorded on the decision, the written one
 * until the decision letter is issued.
 */
export function tellingDrafts(t: TellingFacts, clocks: StatutoryClocks): Draft[] {
  const base = { subject: t.householdReference, link: `/decisions/${t.itemId}`, timing: 'deadline' as const };
  const drafts: Draft[] = [];
  if (!t.toldOrallyOn) {
    drafts.push({
      ...base,
      id: `tell_orally:${t.itemId}`,
      kind: 'tell_orally',
      title: 'Tell the applicant the decision orally',
      dueDate: clocks.tellOrallyBy(t.decidedOn),
      whoActs: 'adm',
      forUserId: t.admUserId,
    });
  }
  if (!t.letterIssuedOn) {
    drafts.push({
      ...base,
      id: `tell_in_writing:${t.itemId}`,
      kind: 'tell_in_writing',
      title: 'Issue the decision letter to the applicant',
      dueDate: clocks.tellInWritingBy(t.decidedOn),
      whoActs: 'administrator',
    });
  }
  return drafts;
}
