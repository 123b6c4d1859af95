import type { DecisionCaseView } from '../../../../shared/schemas/decision';
import { useSession } from '../auth/session-context';
import { CannotDecide, FinalDecisionRows } from './decision-rows';
import { FinalDecisionForm } from './final-decision-form';

/** After a qualifying determination: the final decision, or why it cannot be made yet. */
export function FinalDecisionSection({ view, onSaved }: { view: DecisionCaseView; onSaved: (notice: string) => void }) {
  const { may } = useSession();
  const c = view.case;
  if (c.state !== 'qualifying' && c.state !== 'final') return null;
  return (
    <section className="section" aria-labelledby="final-heading">
      <h2 id="final-heading">Final decision</h2>
      {c.finalDecision ? <FinalDecisionRows decision={c.finalDecision} irmConsideration={c.irmConsideration} /> : null}
      {c.state === 'qualifying' && c.finalDecisionBlocked ? (
        <div className="panel">
          <h3>The final decision cannot be made yet</h3>
          <p>{c.finalDecisionBlocked}</p>
        </div>
      ) : null}
      {c.state === 'qualifying' && !c.finalDecisionBlocked && may('decisions:finalise') ? (
        view.cannotDecide ? (
          <CannotDecide reason={view.cannotDecide} />
        ) : (
          <FinalDecisionForm view={view} onSaved={onSaved} />
        )
      ) : null}
      {c.state === 'qualifying' && !c.finalDecisionBlocked && !may('decisions:finalise') ? (
        <p>The final decision is now due from the ADM.</p>
      ) : null}
    </section>
  );
}
