import { useState, type ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import type { SettingsUpdateInput } from '../../../../shared/schemas/settings';
import { NoticeBanner } from '../../components/notice-banner';
import { FormFrame, SubmitButton } from '../../forms/form-frame';
import { useChannelForm, type ChannelForm } from '../../forms/use-channel-form';

/** Part of the settings saved from one form, with its own notice once saved (cleared when saving again). */
export function useSettingsForm<V extends FieldValues>(options: {
  initial: () => V;
  toInput: (values: V) => SettingsUpdateInput;
  notice: string;
  fieldTargets?: Record<string, string>;
  precheck?: (values: V) => { message: string; fieldErrors: Record<string, string> } | null;
}): ChannelForm<V> & { saved: string | null } {
  const [saved, setSaved] = useState<string | null>(null);
  const form = useChannelForm({
    channel: 'settings:update',
    initial: options.initial,
    toInput: options.toInput,
    ...(options.fieldTargets ? { fieldTargets: options.fieldTargets } : {}),
    ...(options.precheck ? { precheck: options.precheck } : {}),
    onSaved: () => setSaved(options.notice),
  });
  return {
    ...form,
    saved,
    submit: (event) => {
      setSaved(null);
      form.submit(event);
    },
  };
}

/** A settings form: its heading (naming the form), what it is for, the saved notice, the fields, one button. */
export function SettingsFormFrame<V extends FieldValues>(props: {
  form: ChannelForm<V> & { saved: string | null };
  id: string;
  title: string;
  intro?: ReactNode;
  submitLabel: string;
  children: ReactNode;
}) {
  const { form } = props;
  return (
    <FormFrame
      form={form}
      labelledBy={`${props.id}-heading`}
      header={
        <>
          <h2 id={`${props.id}-heading`}>{props.title}</h2>
          {props.intro}
          <NoticeBanner message={form.saved} />
        </>
      }
      footer={<SubmitButton form={form} label={props.submitLabel} className="button button--secondary" />}
    >
      {props.children}
    </FormFrame>
  );
}
