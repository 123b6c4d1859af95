import type { ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import { ErrorSummary } from '../components/error-summary';
import type { ChannelForm } from './use-channel-form';

/** The submit button: disabled while saving, and saying so. */
export function SubmitButton({
  form,
  label,
  savingLabel = 'Saving…',
  className = 'button',
}: {
  form: ChannelForm<FieldValues>;
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
  /** Replaces the button row, for example a dialog's DialogButtons. */
  footer?: ReactNode;
  /** Shown above the summary, for example a heading or a notice. */
  header?: ReactNode;
  className?: string;
  labelledBy?: string;
  label?: string;
}) {
  const { form } = props;
  return (
    <form
      onSubmit={form.submit}
      noValidate
      className={props.className ?? 'form'}
      aria-labelledby={props.labelledBy}
      aria-label={props.label}
    >
      {props.header}
      <ErrorSummary
        message={form.summary.message}
        fieldErrors={form.summary.fieldErrors}
        fieldTargets={form.summary.fieldTargets}
        focusKey={form.summary.focusKey}
      />
      {props.children}
      {props.footer ?? (
        <div className="button-row">
          <SubmitButton
            form={form as unknown as ChannelForm<FieldValues>}
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
