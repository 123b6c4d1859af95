import { LETTER_KINDS } from '../../../../shared/contract/documents';
import type { LetterKind } from '../../../../shared/domain/decisions/decision-rules';
import type { DecisionCaseView, Route } from '../../../../shared/schemas/decision';

export type DecisionOptionView = DecisionCaseView['options'][number];

export const ROUTE_LABELS: Record<Route, string> = {
  representations: 'Written representations to the agency (heard again by the panel)',
  irm: 'An application to the Independent Review Mechanism (IRM)',
};

export { LETTER_WORDS } from '../../../../shared/documents/letters/letter-words';

export function isLetterKind(kind: string): kind is LetterKind {
  return (LETTER_KINDS as readonly string[]).includes(kind);
}

export function decisionPath(itemId: string): string {
  return `/decisions/${itemId}`;
}

/** A decision that does not take effect yet: the applicant may make representations or go to the IRM first. */
export function isQualifyingChoice(option: DecisionOptionView | undefined, carerAgreed: boolean): boolean {
  if (!option) return false;
  return option.qualifying === 'unless-agreed' ? !carerAgreed : option.qualifying === 'true';
}

/** The decision agreeing with the panel, when there is one. */
export function agreeingOption(view: DecisionCaseView): DecisionOptionView | undefined {
  return view.options.find((o) => o.code === view.agreeingCode);
}
