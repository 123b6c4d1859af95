import { Link } from 'react-router';
import type { ItemView } from '../../../../shared/schemas/sitting-views';
import { useRead } from '../../api/hooks';
import { decisionPath } from './decision-words';

/** From an item to its ADM decision, once the item has gone to an ADM (the read fails quietly before then). */
export function AdmDecisionLink({ item }: { item: ItemView }) {
  const decision = useRead('decisions:get', { itemId: item.id });
  if (!decision.data) return null;
  return (
    <p>
      <Link to={decisionPath(item.id)}>The ADM decision on this item: {decision.data.case.stateLabel}</Link>
    </p>
  );
}
