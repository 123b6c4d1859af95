import type { Document } from 'docx';
import { formatDate } from '../../domain/dates';
import type { DecisionCaseView } from '../../schemas/decision';
import { admSignatory, effectiveDecision, panelParagraph, reasonsParagraphs } from './case-parts';
import { LetterNotReadyError, need, type LetterAgency } from './letter-input';
import { joinNames, letterDocument, quoted, say } from './letter-parts';

/**
 * What an exemption letter says, checked as the letter needs it: the
 * code-built letter and the templated one (templates/exemption-letter-fields.ts) both read it.
 */
export function exemptionFacts(view: DecisionCaseView) {
  const decision = effectiveDecision(view);
  if (decision.code !== 'grant_exemption') throw new LetterNotReadyError('The exemption was not granted.');
  const granted = need(
    view.exemption?.granted,
    'The children the exemption covers have not been recorded with the decision.',
  );
  const count = granted.children.length;
  return {
    decision,
    /** The conditions as the decision maker typed them, or null. */
    conditions: granted.conditions,
    subject: 'Your exemption from the usual fostering limit',
    decided: `I have decided to grant you an exemption from the usual fostering limit of three children (Children Act 1989, Schedule 7). I made this decision on ${formatDate(decision.decidedOn)}.`,
    covers: `The exemption covers ${count === 1 ? 'the child' : `these ${count} children`}: ${joinNames(granted.children)}. It allows you to foster more than three children so that you can care for ${count === 1 ? 'this child' : 'them'}; it applies only to the ${count === 1 ? 'child' : 'children'} named here.`,
    conditionsIntro: granted.conditions
      ? 'The exemption is granted on these conditions:'
      : 'The exemption is granted without further conditions.',
  };
}

/**
 * An exemption from the usual fostering limit (Children Act 1989, Schedule 7):
 * the decision to grant it, the children it covers and its conditions, as the
 * agency decision maker granted them.
 */
export function exemptionLetter(view: DecisionCaseView, agency: LetterAgency, letterDate: string): Document {
  const facts = exemptionFacts(view);
  return letterDocument({
    agency,
    letterDate,
    household: view.household,
    title: `Exemption letter, ${view.household.reference}`,
    subject: facts.subject,
    signatory: admSignatory(facts.decision),
    body: [
      panelParagraph(view),
      say(facts.decided),
      say(facts.covers),
      say(facts.conditionsIntro),
      ...quoted(facts.conditions),
      ...reasonsParagraphs(facts.decision.reasons),
      say(
        'If your circumstances change, or a child covered by the exemption leaves or another child is to be placed with you, please tell your supervising social worker straight away: the exemption may need to be reviewed.',
      ),
    ],
  });
}
