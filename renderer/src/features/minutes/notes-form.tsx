import { useEffect, useRef } from 'react';
import type { MinutesView } from '../../../../shared/schemas/minutes';
import { DiscardChangesButton } from '../../components/discard-changes-button';
import { Fieldset, TextArea } from '../../components/fields';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';
import { itemHeading, notesDraftKey } from './minutes-words';
import {
  BLANK_ITEM_NOTES,
  itemFieldId,
  notesFieldTargets,
  notesValues,
  toSaveInput,
  type ItemNotesValues,
} from './notes-values';

/**
 * The administrator's own words in the minutes, beside what the app already
 * knows. What is typed is kept as a draft, so a refusal, the idle lock or
 * leaving the page loses nothing. Saving keeps a new version.
 */
export function NotesForm({
  view,
  onCancel,
  onSaved,
}: {
  view: MinutesView;
  /** Closes the form opened to change approved minutes; null when the form is always open. */
  onCancel: (() => void) | null;
  onSaved: (notice: string) => void;
}) {
  const items = view.draft.items;
  const approved = view.approval !== null;
  const before = view.versions[0]?.number ?? 0;
  const form = useChannelForm({
    channel: 'minutes:save',
    draftKey: notesDraftKey(view.sittingId),
    // The version kept with the draft: minutes saved (or approved) at another seat meanwhile are refused, not
    // overwritten, and shown beside what is typed here.
    version: view.version,
    initial: () => notesValues(view.notes, items),
    fromCurrent: (saved) => notesValues(saved.notes, items),
    toInput: (values, version = view.version) => toSaveInput(view.sittingId, version, values),
    fieldTargets: notesFieldTargets(items),
    // The section remounts this form on the new version, starting it from what was saved.
    onSaved: (saved) => {
      const number = saved.versions[0]?.number ?? 0;
      // This save voided an approval: one shown when the form opened, or one given while it was being edited.
      const voided = saved.approval === null && saved.lastVoid !== null && saved.lastVoid.at !== view.lastVoid?.at;
      onSaved(
        number === before
          ? `The notes have been saved. Nothing in the minutes changed, so they are still version ${number}.`
          : `Version ${number} of the minutes has been saved.${voided ? ' The chair’s approval has been voided: they need to approve the minutes again.' : ''}`,
      );
    },
  });
  const { values, errors } = form;
  const heading = useRef<HTMLHeadingElement>(null);
  const openedOnRequest = onCancel !== null;
  // Opened by "Change the approved minutes": the button has gone, so focus goes to the form it opened.
  useEffect(() => {
    if (openedOnRequest) heading.current?.focus();
  }, [openedOnRequest]);
  // Shown when the minutes are approved, or when they were approved while this form was open.
  const needsReason = approved || errors.amendmentReason !== undefined;
  const setItem = (itemId: string, field: keyof ItemNotesValues) => (text: string) =>
    form.set('items')({ ...values.items, [itemId]: { ...(values.items[itemId] ?? BLANK_ITEM_NOTES), [field]: text } });
  const itemField = (itemId: string, field: keyof ItemNotesValues, label: string, rows: number) => (
    <TextArea
      id={itemFieldId(itemId, field)}
      label={label}
      rows={rows}
      value={values.items[itemId]?.[field] ?? ''}
      onChange={setItem(itemId, field)}
      error={errors[`notes.items.${itemId}.${field}`]}
    />
  );
  return (
    <FormFrame
      form={form}
      labelledBy="notes-form-heading"
      submitLabel="Save draft"
      savingLabel={null}
      secondaryAction={
        onCancel ? (
          <DiscardChangesButton form={form} onCancel={onCancel} />
        ) : (
          <DiscardChangesButton form={form} backTo={`/sittings/${view.sittingId}`} />
        )
      }
      header={
        <>
          <h3 id="notes-form-heading" tabIndex={-1} ref={heading}>
            {approved ? 'Change the approved minutes' : 'Write the minutes'}
          </h3>
          <p className="hint">
            The sitting’s facts, attendance, declarations and each recommendation come from the record. Add what only
            you know; “Save draft” keeps a new version.
          </p>
        </>
      }
    >
      <TextArea
        id="minutesOpening"
        label="Opening (optional)"
        hint="Welcome, introductions, apologies noted, minutes of the last sitting"
        rows={4}
        {...form.bind('opening', 'notes.opening')}
      />
      {items.map((item) => (
        <Fieldset key={item.itemId} legend={itemHeading(item)}>
          {itemField(item.itemId, 'papersConsidered', 'Papers considered (optional)', 2)}
          {itemField(item.itemId, 'discussion', 'Discussion (optional)', 5)}
          {itemField(item.itemId, 'actions', 'Actions (optional)', 2)}
        </Fieldset>
      ))}
      <TextArea
        id="minutesOtherBusiness"
        label="Any other business (optional)"
        {...form.bind('otherBusiness', 'notes.otherBusiness')}
      />
      <TextArea
        id="minutesClosing"
        label="Closing (optional)"
        hint="For example, the time the sitting closed and the date of the next one"
        {...form.bind('closing', 'notes.closing')}
      />
      {needsReason ? (
        <TextArea
          id="amendmentReason"
          label="Reason for changing the approved minutes"
          hint="The chair has approved these minutes. Saving a change voids their approval until they approve the minutes again; the reason is kept with the new version."
          {...form.bind('amendmentReason')}
        />
      ) : null}
    </FormFrame>
  );
}
