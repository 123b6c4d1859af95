import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import { DEFAULT_SETTINGS, type AppSettings, type SettingsUpdateInput } from '../../../../shared/schemas/settings';
import { useRead } from '../../api/hooks';
import { NoticeBanner } from '../../components/notice-banner';
import { FormFrame, SubmitButton } from '../../forms/form-frame';
import { useChannelForm, type ChannelForm } from '../../forms/use-channel-form';

/**
 * The settings versions this window's own saves made. All the settings share one version, so a save in one form
 * moves it on under every other form the user has already typed in; each save adds exactly one, so a form's version
 * may step past the ones this window made (never past another seat's), and the user's second form is not refused
 * over their own first. Each form sends only its own fields, so stepping past cannot undo what the other form saved.
 */
const ownSaves = new Set<number>();

function pastOwnSaves(version: number): number {
  let current = version;
  while (ownSaves.has(current + 1)) current += 1;
  return current;
}

/**
 * Part of the settings saved from one form, with its own notice once saved (cleared when saving again). It saves
 * against the settings' version the user saw before typing: a save made meanwhile at another seat (or in another
 * form) is refused and shown beside what was typed (the three-way merge of forms/conflict.ts), never undone.
 */
export function useSettingsForm<V extends FieldValues>(options: {
  /** The form's values from the settings: the loaded ones at first, the other seat's beside the user's after a refusal. */
  fromSettings: (settings: AppSettings) => V;
  toInput: (values: V) => Omit<SettingsUpdateInput, 'version'>;
  notice: string;
  fieldTargets?: Record<string, string>;
  precheck?: (values: V) => { message: string; fieldErrors: Record<string, string> } | null;
}): ChannelForm<V> & { saved: string | null } {
  const [saved, setSaved] = useState<string | null>(null);
  // Cached by the page that shows the form, so this is the settings it loaded; refetched when any seat saves them.
  const loaded = useRead('settings:get', {}).data;
  const latest = loaded?.version ?? 0;
  // The version the user's typing is based on: it follows the latest while the form is untouched.
  const seen = useRef(latest);
  const form = useChannelForm({
    channel: 'settings:update',
    initial: () => options.fromSettings(loaded ?? DEFAULT_SETTINGS),
    version: latest,
    toInput: (values, version) => ({
      ...options.toInput(values),
      version: pastOwnSaves(Math.max(version ?? 0, seen.current)),
    }),
    fromCurrent: (current) => options.fromSettings(current),
    ...(options.fieldTargets ? { fieldTargets: options.fieldTargets } : {}),
    ...(options.precheck ? { precheck: options.precheck } : {}),
    onSaved: (view) => {
      ownSaves.add(view.version);
      seen.current = view.version;
      setSaved(options.notice);
    },
  });
  const untouched = !form.dirty && form.conflict === null;
  useEffect(() => {
    if (untouched) seen.current = Math.max(seen.current, latest);
  }, [untouched, latest]);
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
