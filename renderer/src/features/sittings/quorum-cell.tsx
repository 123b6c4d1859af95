import type { ItemView } from '../../../../shared/schemas/sitting-views';
import { isOnAgenda } from './sitting-words';

/** Quorum in words (never colour alone), with every failing part named so the administrator can fix it. */
export function QuorumCell({ item }: { item: ItemView }) {
  if (!isOnAgenda(item)) return <span className="hint">Not needed</span>;
  const { quorate, membersCounted, failures } = item.quorum;
  const counted = `${membersCounted} ${membersCounted === 1 ? 'member' : 'members'} counted`;
  if (quorate) {
    return (
      <div className="quorum">
        <span className="tag tag--quorate">Quorate</span>
        <span className="hint quorum-count">{counted}</span>
      </div>
    );
  }
  return (
    <div className="quorum">
      <span className="tag tag--not-quorate">Not quorate</span>
      <span className="hint quorum-count">{counted}</span>
      <ul className="quorum-failures">
        {failures.map((failure) => (
          <li key={failure.rule}>{failure.message}</li>
        ))}
      </ul>
    </div>
  );
}
