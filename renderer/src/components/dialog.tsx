import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A modal built on the native <dialog>: focus moves into it and stays there,
 * Escape closes it, and focus returns to whatever opened it.
 */
export function Dialog({
  open,
  title,
  onClose,
  dismissible = true,
  children,
}: {
  open: boolean;
  title: string;
  onClose: () => void;
  /** False for a dialog the user must answer (the lock screen): Escape does nothing. */
  dismissible?: boolean;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const openRef = useRef(open);
  const titleId = useId();
  useEffect(() => {
    openRef.current = open;
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      // Children's effects ran before showModal, so the field that should take focus is focused here.
      dialog.querySelector<HTMLElement>('[data-initial-focus]')?.focus();
      return () => {
        openRef.current = false;
        dialog.close();
        opener?.focus();
      };
    }
    return undefined;
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (dismissible) onClose();
      }}
      onClose={() => {
        // Chromium may close a dialog itself (a second Escape ignores preventDefault): keep the state in step.
        // Ignore a late event from a close we made ourselves, or one already undone by reopening.
        if (!openRef.current || ref.current?.open) return;
        if (dismissible) onClose();
        else ref.current?.showModal();
      }}
    >
      {open ? (
        <>
          <h2 id={titleId}>{title}</h2>
          {children}
        </>
      ) : null}
    </dialog>
  );
}
