import { useNavigate } from 'react-router';

/** Leaves an edit form on purpose: the draft kept for the user is thrown away, then back to the record. */
export function DiscardChangesButton({ discard, backTo }: { discard: () => void; backTo: string }) {
  const navigate = useNavigate();
  return (
    <button
      type="button"
      className="button button--secondary"
      onClick={() => {
        discard();
        void navigate(backTo);
      }}
    >
      Cancel and discard changes
    </button>
  );
}
