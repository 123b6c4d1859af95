import { useEffect, useRef, type SubmitEvent } from 'react';
import type { MinutesView } from '../../../../shared/schemas/minutes';
import { errorState } from '../../api/error-state';
import { useWrite } from '../../api/hooks';
import { DiscardChangesButton } from '../../components/discard-changes-button';
import { useDraft } from '../../components/drafts';
import { ErrorSummary } from '../../components/error-summary';
import { Fieldset, TextArea } from '../../components/fields';
import { itemHeading, notesDraftKey } from './minutes-words';
import {
  BLANK_ITEM_NOTES,
  itemFieldId,
  notesFieldTargets,
  notesValues,
  toSaveInput,
  type ItemNotesValues,
  type NotesValues,
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
  const [values, setValues, discard] = useDraft<NotesValues>(notesDraftKey(view.sittingId), () =>
    notesValues(view.notes, items),
  );
  const save = useWrite('minutes:save');
  const heading = useRef<HTMLHeadingElement>(null);
  const openedOnRequest = onCancel !== null;
  // Opened by "Change the approved minutes": the button has gone, so focus goes to the form it opened.
  useEffect(() => {
    if (openedOnRequest) heading.current?.focus();
  }, [openedOnRequest]);
  const { message, fieldErrors } = errorState(save.error);
  const approved = view.approval !== null;
  // Shown when the minutes are approved, or when they were approved while this form was open.
  const needsReason = approved || fieldErrors.amendmentReason !== undefined;
  const set =
    <K extends keyof NotesValues>(key: K) =>
    (value: NotesValues[K]) =>
      setValues({ ...values, [key]: value });
  const setItem = (itemId: string, field: keyof ItemNotesValues) => (text: string) =>
    setValues({
      ...values,
      items: { ...values.items, [itemId]: { ...(values.items[itemId] ?? BLANK_ITEM_NOTES), [field]: text } },
    });
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const before = view.versions[0]?.number ?? 0;
    save.mutate(toSaveInput(view.sittingId, view.version, values), {
      onSuccess: (saved) => {
        setValues(notesValues(saved.notes, saved.draft.items));
        discard();
        const number = saved.versions[0]?.number ?? 0;
        const voided = approved && saved.approval === null;
        onSaved(
          number === before
            ? `The notes have been saved. Nothing in the minutes changed, so they are still version ${number}.`
            : `Version ${number} of the minutes has been saved.${voided ? ' The chair’s approval has been voided: they need to approve the minutes again.' : ''}`,
        );
      },
    });
  };
  const itemField = (itemId: string, field: keyof ItemNotesValues, label: string, rows: number) => (
    <TextArea
      id={itemFieldId(itemId, field)}
      label={label}
      rows={rows}
      value={values.items[itemId]?.[field] ?? ''}
      onChange={setItem(itemId, field)}
      error={fieldErrors[`notes.items.${itemId}.${field}`]}
    />
  );
  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby="notes-form-heading">
      <h3 id="notes-form-heading" tabIndex={-1} ref={heading}>
        {approved ? 'Change the approved minutes' : 'Write the minutes'}
      </h3>
      <p className="hint">
        The sitting’s facts, attendance, declarations and each recommendation come from the record. Add what only you
        know; “Save draft” keeps a new version.
      </p>
      <ErrorSummary message={message} fieldErrors={fieldErrors} fieldTargets={notesFieldTargets(items)} />
      <TextArea
        id="minutesOpening"
        label="Opening (optional)"
        hint="Welcome, introductions, apologies noted, minutes of the last sitting"
        rows={4}
        value={values.opening}
        onChange={set('opening')}
        error={fieldErrors['notes.opening']}
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
        value={values.otherBusiness}
        onChange={set('otherBusiness')}
        error={fieldErrors['notes.otherBusiness']}
      />
      <TextArea
        id="minutesClosing"
        label="Closing (optional)"
        hint="For example, the time the sitting closed and the date of the next one"
        value={values.closing}
        onChange={set('closing')}
        error={fieldErrors['notes.closing']}
      />
      {needsReason ? (
        <TextArea
          id="amendmentReason"
          label="Reason for changing the approved minutes"
          hint="The chair has approved these minutes. Saving a change voids their approval until they approve the minutes again; the reason is kept with the new version."
          value={values.amendmentReason}
          onChange={set('amendmentReason')}
          error={fieldErrors.amendmentReason}
        />
      ) : null}
      <div className="button-row">
        <button type="submit" className="button" disabled={save.isPending}>
          Save draft
        </button>
        {onCancel ? (
          <DiscardChangesButton discard={discard} onCancel={onCancel} />
        ) : (
          <DiscardChangesButton discard={discard} backTo={`/sittings/${view.sittingId}`} />
        )}
      </div>
    </form>
  );
}
