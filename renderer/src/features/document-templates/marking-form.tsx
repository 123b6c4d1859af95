import { useState } from 'react';
import { useRead, useWrite } from '../../api/hooks';
import { TextField } from '../../components/fields';

/** The protective marking every templated document prints in its header. */
export function MarkingForm() {
  const settings = useRead('settings:get', {});
  const save = useWrite('settings:update');
  const [typed, setTyped] = useState<string | null>(null);
  const value = typed ?? settings.data?.protectiveMarking ?? '';
  return (
    <form
      className="section"
      aria-labelledby="marking-heading"
      onSubmit={(event) => {
        event.preventDefault();
        // Against the settings the page shows: one saved meanwhile at another seat is refused, not undone.
        save.mutate(
          { protectiveMarking: value, version: settings.data?.version ?? 0 },
          { onSuccess: () => setTyped(null) },
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
        onChange={setTyped}
      />
      <button type="submit" className="button" disabled={save.isPending}>
        Save the marking
      </button>
      {save.isSuccess && typed === null ? <p role="status">The marking is saved.</p> : null}
    </form>
  );
}
