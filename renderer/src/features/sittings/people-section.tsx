import { useState } from 'react';
import type { SittingDetail } from '../../../../shared/schemas/sitting-views';
import { useWrite } from '../../api/hooks';
import { NoticeBanner } from '../../components/notice-banner';
import { useSession } from '../auth/session-context';
import { AddPersonForm } from './add-person-form';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { itemName, PERSON_KIND_LABELS } from './sitting-words';

type Person = SittingDetail['people'][number];

/** Observers, presenters, applicants and supporters: recorded in attendance, but never counted for quorum. */
export function PeopleSection({ sitting }: { sitting: SittingDetail }) {
  const { may } = useSession();
  const [notice, setNotice] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Person | null>(null);
  const remove = useWrite('sittings:removePerson');
  const open = sitting.status !== 'cancelled';
  const canRemove = open && may('sittings:removePerson');
  const itemLabel = (itemId: string | null) => {
    const item = sitting.items.find((i) => i.id === itemId);
    return item ? itemName(item) : 'The whole sitting';
  };
  const close = () => {
    remove.reset();
    setRemoving(null);
  };
  return (
    <section className="section" aria-labelledby="people-heading">
      <h2 id="people-heading">People who are not members</h2>
      <NoticeBanner message={notice} />
      {sitting.people.length === 0 ? (
        <p>No observers, presenters, applicants or supporters recorded.</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">People at the sitting who are not panel members</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Who they are</th>
              <th scope="col">Description</th>
              <th scope="col">For</th>
              {canRemove ? (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {sitting.people.map((person) => (
              <tr key={person.id}>
                <td>{person.name}</td>
                <td>{PERSON_KIND_LABELS[person.kind]}</td>
                <td>{person.description ?? '—'}</td>
                <td>{itemLabel(person.itemId)}</td>
                {canRemove ? (
                  <td>
                    <button type="button" className="link-button" onClick={() => setRemoving(person)}>
                      Remove<span className="visually-hidden"> {person.name}</span>
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open && may('sittings:addPerson') ? <AddPersonForm sitting={sitting} onSaved={setNotice} /> : null}
      <ConfirmDialog
        open={removing !== null}
        title={`Remove ${removing?.name ?? 'this person'} from the sitting?`}
        confirmLabel="Remove"
        keepLabel="Keep them"
        busy={remove.isPending}
        error={remove.error?.message ?? null}
        onClose={close}
        onConfirm={() => {
          if (!removing) return;
          remove.mutate(
            { sittingId: sitting.id, personId: removing.id },
            {
              onSuccess: () => {
                setNotice(`${removing.name} has been removed from the sitting.`);
                close();
              },
            },
          );
        }}
      >
        <p>
          {removing
            ? `${removing.name} (${PERSON_KIND_LABELS[removing.kind].toLowerCase()}) will no longer be recorded as attending.`
            : null}
        </p>
      </ConfirmDialog>
    </section>
  );
}
