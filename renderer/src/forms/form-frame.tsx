import type { ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import { DialogButtons } from '../components/dialog-buttons';
import { ErrorSummary } from '../components/error-summary';
import { ConflictPanel } from './conflict-panel';
import type { ChannelForm } from './use-channel-form';

/** The submit button: disabled while saving, and saying so. */
export function SubmitButton({
  form,
  label,
  savingLabel = 'Saving…',
  className = 'button',
}: {
  form: { saving: boolean };
  label: string;
  /** null keeps the label while saving. */
  savingLabel?: string | null;
  className?: string;
}) {
  return (
    <button type="submit" className={className} disabled={form.saving}>
      {form.saving && savingLabel !== null ? savingLabel : label}
    </button>
  );
}

/**
 * A form of ours: the error summary first, then the fields, then the buttons
 * (a submit button and an optional second action, or a footer of its own).
 */
export function FormFrame<V extends FieldValues>(props: {
  form: ChannelForm<V>;
  children: ReactNode;
  submitLabel?: string;
  savingLabel?: string | null;
  submitClassName?: string;
  secondaryAction?: ReactNode;
  /** Replaces the button row. */
  footer?: ReactNode;
  /** In a dialog: the dialog's two buttons (do it, or close), and no form class. */
  onCancel?: () => void;
  cancelLabel?: string;
  warning?: boolean;
  /** Shown above the summary, for example a heading or a notice. */
  header?: ReactNode;
  className?: string;
  labelledBy?: string;
  label?: string;
  /** A filter of a list: `search`, so it is a landmark to jump to. */
  role?: 'search';
}) {
  const { form } = props;
  return (
    <form
      onSubmit={form.submit}
      noValidate
      className={(props.className ?? (props.onCancel ? undefined : 'form')) || undefined}
      aria-labelledby={props.labelledBy}
      aria-label={props.label}
      role={props.role}
    >
      {props.header}
      <ErrorSummary
        message={form.summary.message}
        fieldErrors={form.summary.fieldErrors}
        fieldTargets={form.summary.fieldTargets}
        focusKey={form.summary.focusKey}
      />
      <ConflictPanel form={form} />
      {props.children}
      {/* `footer={false}`: no buttons at all (a filter applied as it changes). */}
      {props.footer ??
        (props.onCancel ? (
          <DialogButtons
            submitLabel={props.submitLabel ?? 'Save'}
            pending={form.saving}
            onCancel={props.onCancel}
            cancelLabel={props.cancelLabel}
            warning={props.warning}
          />
        ) : null) ?? (
          <div className="button-row">
            <SubmitButton
              form={form}
              label={props.submitLabel ?? 'Save'}
              savingLabel={props.savingLabel}
              className={props.submitClassName}
            />
            {props.secondaryAction}
          </div>
        )}
    </form>
  );
}
