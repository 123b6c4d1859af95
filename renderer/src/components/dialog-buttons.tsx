/** The two buttons at the foot of every form in a dialog: do it, or close without doing anything. */
export function DialogButtons({
  submitLabel,
  pending,
  onCancel,
  cancelLabel = 'Cancel',
  warning = false,
}: {
  submitLabel: string;
  pending: boolean;
  onCancel: () => void;
  cancelLabel?: string;
  /** For actions that cannot be undone easily (remove, disable, restore). */
  warning?: boolean;
}) {
  return (
    <div className="button-row">
      <button type="submit" className={warning ? 'button button--warning' : 'button'} disabled={pending}>
        {submitLabel}
      </button>
      <button type="button" className="button button--secondary" onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
