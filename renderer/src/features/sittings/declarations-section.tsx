import { useState } from 'react';
import type { ItemView, SittingDetail } from '../../../../shared/schemas/sitting-views';
import { useWrite } from '../../api/hooks';
import { useSession } from '../auth/session-context';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { DeclarationForm } from './declaration-form';

type Declaration = ItemView['declarations'][number];

/** Declarations of interest on this item: a member who withdraws is not counted for its quorum. */
export function DeclarationsSection({
  sitting,
  item,
  canEdit,
  onSaved,
}: {
  sitting: SittingDetail;
  item: ItemView;
  canEdit: boolean;
  onSaved: (notice: string) => void;
}) {
  const { may } = useSession();
  const [removing, setRemoving] = useState<Declaration | null>(null);
  const remove = useWrite('items:removeDeclaration');
  const canRemove = canEdit && may('items:removeDeclaration');
  const close = () => {
    remove.reset();
    setRemoving(null);
  };
  return (
    <section className="section" aria-labelledby="declarations-heading">
      <h2 id="declarations-heading">Declarations of interest</h2>
      {item.declarations.length === 0 ? (
        <p>No declarations of interest on this item.</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Declarations of interest on this item</caption>
          <thead>
            <tr>
              <th scope="col">Member</th>
              <th scope="col">Interest</th>
              <th scope="col">What they did</th>
              {canRemove ? (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {item.declarations.map((d) => (
              <tr key={d.memberId}>
                <td>{d.name}</td>
                <td>{d.interest}</td>
                <td>{d.withdrew ? 'Withdrew for this item' : "Remained, with the presider's agreement"}</td>
                {canRemove ? (
                  <td>
                    <button type="button" className="link-button" onClick={() => setRemoving(d)}>
                      Remove<span className="visually-hidden"> the declaration by {d.name}</span>
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canEdit && may('items:declare') ? <DeclarationForm sitting={sitting} item={item} onSaved={onSaved} /> : null}
      <ConfirmDialog
        open={removing !== null}
        title="Remove this declaration of interest?"
        confirmLabel="Remove declaration"
        keepLabel="Keep it"
        busy={remove.isPending}
        error={remove.error?.message ?? null}
        onClose={close}
        onConfirm={() => {
          if (!removing) return;
          remove.mutate(
            { itemId: item.id, memberId: removing.memberId },
            {
              onSuccess: () => {
                onSaved(`The declaration by ${removing.name} has been removed.`);
                close();
              },
            },
          );
        }}
      >
        <p>
          {removing ? `${removing.name}: ${removing.interest}. Quorum for this item will be worked out again.` : null}
        </p>
      </ConfirmDialog>
    </section>
  );
}
