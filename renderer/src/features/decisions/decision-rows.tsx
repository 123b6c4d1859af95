import { recommender } from '../../../../shared/domain/decisions/decision-basis';
import type { DecisionCase } from '../../../../shared/schemas/decision';
import { formatDate, formatOptionalDate } from '../../format';
import { describeTerms } from '../households/terms-fields';
import { SummaryRows } from '../sittings/recommendation-view';

type Decision = NonNullable<DecisionCase['decision']>;
type FinalDecision = NonNullable<DecisionCase['finalDecision']>;
type Information = NonNullable<DecisionCase['information']>;

/** The ADM's (first) decision, in words. */
export function DecisionRows({ decision, withoutPanel }: { decision: Decision; withoutPanel: boolean }) {
  const who = recommender(withoutPanel);
  const rows: [string, React.ReactNode][] = [
    ['Decision', decision.label],
    [
      `${who.charAt(0).toUpperCase()}${who.slice(1)}`,
      decision.verdict === 'agree' ? `The ADM agreed with ${who}` : `The ADM disagreed with ${who}`,
    ],
  ];
  if (decision.terms) rows.push(['Terms of approval', describeTerms(decision.terms)]);
  rows.push(['Reasons', decision.reasons || `As ${who} gave them`]);
  if (decision.carerAgreed) rows.push(["Carer's agreement", 'The carer agreed to the change in writing']);
  rows.push(['Decided', `${formatDate(decision.decidedOn)} by ${decision.decidedByName}`]);
  rows.push([
    'Applicant told orally',
    decision.toldOrally ? `${formatDate(decision.toldOrally.on)} by ${decision.toldOrally.byName}` : 'Not recorded yet',
  ]);
  return <SummaryRows rows={rows} />;
}

/** The final decision after a qualifying determination. */
export function FinalDecisionRows({
  decision,
  irmConsideration = null,
}: {
  decision: FinalDecision;
  /** After an IRM recommendation: whether the decision follows it, and why not. */
  irmConsideration?: DecisionCase['irmConsideration'];
}) {
  const rows: [string, React.ReactNode][] = [['Final decision', decision.label]];
  if (decision.terms) rows.push(['Terms of approval', describeTerms(decision.terms)]);
  rows.push(['Reasons', decision.reasons]);
  if (irmConsideration) {
    rows.push([
      'The IRM panel’s recommendation',
      irmConsideration.departs
        ? `Considered; the final decision departs from it: ${irmConsideration.departureReasons ?? ''}`
        : 'Considered; the final decision follows it',
    ]);
  }
  rows.push(['Decided', `${formatDate(decision.decidedOn)} by ${decision.decidedByName}`]);
  return <SummaryRows rows={rows} />;
}

/** What the ADM asked for before deciding, and whether it has come. */
export function InformationRows({ information }: { information: Information }) {
  return (
    <SummaryRows
      rows={[
        ['More information requested', `${information.what} (from ${information.from})`],
        ['Requested on', formatDate(information.requestedOn)],
        ['Received', formatOptionalDate(information.receivedOn, 'Not yet')],
      ]}
    />
  );
}

/** Why this person cannot decide: said plainly instead of showing a form that would be refused. */
export function CannotDecide({ reason }: { reason: string }) {
  return (
    <div className="panel panel--warning">
      <h3>You cannot decide this item</h3>
      <p>{reason}</p>
    </div>
  );
}
