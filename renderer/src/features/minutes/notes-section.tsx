import { useState } from 'react';
import type { MinutesView } from '../../../../shared/schemas/minutes';
import { hasDraft } from '../../components/drafts';
import { notesDraftKey } from './minutes-words';
import { NotesForm } from './notes-form';

/** The administrator's part of the minutes: always open while a draft, behind a button once approved. */
export function NotesSection({ view, onSaved }: { view: MinutesView; onSaved: (notice: string) => void }) {
  // A change left part-typed (or refused) opens again where it was left.
  const [changing, setChanging] = useState(() => hasDraft(notesDraftKey(view.sittingId)));
  const approved = view.approval !== null;
  return (
    <section className="section" aria-labelledby="notes-heading">
      <h2 id="notes-heading">Your notes for the minutes</h2>
      {approved && !changing ? (
        <>
          <p>
            The chair has approved these minutes, so they are locked. Changing them needs a reason, and voids the
            chair’s approval until they approve the minutes again.
          </p>
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={() => setChanging(true)}>
              Change the approved minutes
            </button>
          </div>
        </>
      ) : (
        <NotesForm
          // A version saved elsewhere starts the form afresh (unless something is typed: the draft is kept).
          key={view.version}
          view={view}
          onCancel={approved ? () => setChanging(false) : null}
          onSaved={(notice) => {
            setChanging(false);
            onSaved(notice);
          }}
        />
      )}
    </section>
  );
}
