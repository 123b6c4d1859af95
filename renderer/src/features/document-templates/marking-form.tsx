import { useState } from 'react';
import { useRead, useWrite } from '../../api/hooks';
import { TextField } from '../../components/fields';
import { staleConflictOf } from '../../forms/conflict';

/** The protective marking every templated document prints in its header. */
export function MarkingForm() {
  const settings = useRead('settings:get', {});
  const save = useWrite('settings:update');
  // What the user typed, with the settings' version when they began: the page's own copy follows every save made
  // at another seat (live updates), so saving against it would undo one made while they typed.
  const [typed, setTyped] = useState<{ text: string; version: number } | null>(null);
  const value = typed?.text ?? settings.data?.protectiveMarking ?? '';
  const version = typed?.version ?? settings.data?.version ?? 0;
  return (
    <form
      className="section"
      aria-labelledby="marking-heading"
      onSubmit={(event) => {
        event.preventDefault();
        // Against the settings read before typing: one saved meanwhile at another seat is refused, not undone. The
        // refusal names who and when, keeps the text, and saving again goes against the version it gave.
        save.mutate(
          { protectiveMarking: value, version },
          {
            onSuccess: () => setTyped(null),
            onError: (error) => {
              const stale = staleConflictOf(error);
              if (stale?.version != null) setTyped({ text: value, version: stale.version });
            },
          },
        );
      }}
    >
      <h2 id="marking-heading">Protective marking</h2>
      <TextField
        id="protective-marking"
        label="Marking printed in the header of every document made from a template"
        hint="For example OFFICIAL-SENSITIVE, as your organisation marks personal information."
        width="medium"
        value={value}
        error={save.error?.fieldErrors?.protectiveMarking ?? save.error?.message}
        onChange={(text) => setTyped({ text, version })}
      />
      <button type="submit" className="button" disabled={save.isPending}>
        Save the marking
      </button>
      {save.isSuccess && typed === null ? <p role="status">The marking is saved.</p> : null}
    </form>
  );
}
