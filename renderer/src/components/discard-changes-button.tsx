import { useNavigate } from 'react-router';

/**
 * Leaves an edit form on purpose: the draft kept for the user is thrown away,
 * then back to the record (backTo) or whatever the form was shown within (onCancel).
 * Takes the form itself (forms/use-channel-form.ts).
 */
export function DiscardChangesButton(
  props: { form: { discard: () => void } } & ({ backTo: string } | { onCancel: () => void }) & { label?: string },
) {
  const navigate = useNavigate();
  return (
    <button
      type="button"
      className="button button--secondary"
      onClick={() => {
        props.form.discard();
        if ('onCancel' in props) props.onCancel();
        else void navigate(props.backTo);
      }}
    >
      {props.label ?? 'Cancel and discard changes'}
    </button>
  );
}
