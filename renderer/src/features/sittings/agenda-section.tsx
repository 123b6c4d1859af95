import { useEffect, useRef, useState } from 'react';
import type { SittingDetail } from '../../../../shared/schemas/sitting-views';
import { useWrite } from '../../api/hooks';
import { NoticeBanner } from '../../components/notice-banner';
import { useSession } from '../auth/session-context';
import { AddItemForm } from './add-item-form';
import { AgendaTable } from './agenda-table';

/** After a move the row has a new place; keep focus on the same item's button so the user can keep moving it. */
function refocus(itemId: string, direction: -1 | 1) {
  const first = document.getElementById(`move-${direction < 0 ? 'up' : 'down'}-${itemId}`);
  const other = document.getElementById(`move-${direction < 0 ? 'down' : 'up'}-${itemId}`);
  (first ?? other)?.focus();
}

export function AgendaSection({ sitting }: { sitting: SittingDetail }) {
  const { may } = useSession();
  const [notice, setNotice] = useState<string | null>(null);
  const reorder = useWrite('items:reorder');
  // Set when a move is asked for; acted on once the refreshed agenda shows the item in its new place.
  const pendingFocus = useRef<{ itemId: string; index: number; direction: -1 | 1 } | null>(null);
  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending || sitting.items[pending.index]?.id !== pending.itemId) return;
    pendingFocus.current = null;
    refocus(pending.itemId, pending.direction);
  }, [sitting.items]);
  const open = sitting.status !== 'cancelled';
  const canReorder = open && may('items:reorder') && sitting.items.length > 1;
  const move = (index: number, direction: -1 | 1) => {
    const item = sitting.items[index];
    if (reorder.isPending || !item) return;
    const ids = sitting.items.map((i) => i.id);
    const target = index + direction;
    [ids[index], ids[target]] = [ids[target] ?? item.id, item.id];
    pendingFocus.current = { itemId: item.id, index: target, direction };
    reorder.mutate(
      { sittingId: sitting.id, itemIds: ids },
      {
        onSuccess: () =>
          setNotice(`${item.typeLabel} moved ${direction < 0 ? 'up' : 'down'} to position ${target + 1}.`),
        onError: () => {
          pendingFocus.current = null;
        },
      },
    );
  };
  return (
    <section className="section" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">Agenda</h2>
      <NoticeBanner message={notice} />
      {reorder.error ? (
        <p className="field-error" role="alert">
          {reorder.error.message}
        </p>
      ) : null}
      {sitting.items.length === 0 ? (
        <p>No items yet.</p>
      ) : (
        <AgendaTable sitting={sitting} canReorder={canReorder} onMove={move} />
      )}
      {open && may('items:add') ? <AddItemForm sitting={sitting} onSaved={setNotice} /> : null}
    </section>
  );
}
