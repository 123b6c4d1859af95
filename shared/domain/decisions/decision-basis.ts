import type { DecisionCaseView } from '../../schemas/decision';
import type { TermsOfApproval } from '../../schemas/household';

/** The recommendation an ADM decides on: the panel's, or the service's own when the case skipped panel. */
export interface DecisionBasis {
  by: 'panel' | 'service';
  /** The sitting's date, or the date of the service's report. */
  date: string;
  recommendation: { outcomeLabel: string; terms: TermsOfApproval | null; reasons: string } | null;
}

export function decisionBasis(view: DecisionCaseView): DecisionBasis {
  if (view.directReferral) {
    const r = view.directReferral;
    return {
      by: 'service',
      date: r.reportDate,
      recommendation: { outcomeLabel: r.outcomeLabel, terms: r.terms, reasons: r.reasons },
    };
  }
  return {
    by: 'panel',
    date: view.sitting?.date ?? view.case.minutesReceivedOn,
    recommendation: view.minutesItem?.recommendation ?? null,
  };
}

/** Who made the recommendation the ADM agrees or disagrees with, for the ADM's screens and messages. */
export function recommender(withoutPanel: boolean): 'the service' | 'the panel' {
  return withoutPanel ? 'the service' : 'the panel';
}

/** "the panel's" or "the fostering service's", for sentences about whose recommendation it was. */
export function recommenderPossessive(basis: DecisionBasis): string {
  return basis.by === 'panel' ? 'the panel’s' : 'the fostering service’s';
}
