import type { ReactNode } from 'react';
import { Dialog } from './dialog';

/** "Remove this…?": a destructive step the user confirms, with the refusal (if any) shown in the dialog. */
export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  confirmLabel: string;
  keepLabel: string;
  busy: boolean;
  error: string | null;
  onConfirm: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <Dialog open={props.open} title={props.title} onClose={props.onClose}>
      {props.children}
      {props.error ? (
        <p className="field-error" role="alert">
          {props.error}
        </p>
      ) : null}
      <div className="button-row">
        <button type="button" className="button button--warning" disabled={props.busy} onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={props.onClose}>
          {props.keepLabel}
        </button>
      </div>
    </Dialog>
  );
}
