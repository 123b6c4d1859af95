import { useState, type SubmitEvent } from 'react';
import { useForm, useWatch, type DefaultValues, type FieldValues } from 'react-hook-form';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/contract/channels';
import { errorState } from '../api/error-state';
import { useWrite } from '../api/hooks';
import { draftOf, forgetDraft, keepDraft } from '../components/drafts';
import { mergeConflict, staleConflictOf, type FormConflict } from './conflict';
import { contractResolver, flatErrors, summaryMessage } from './contract-resolver';

/** What a save goes through: the channel's own write by default, or a caller's (session calls, settings). */
export interface FormWrite<C extends Channel> {
  mutate: (
    input: ChannelInput<C>,
    callbacks: { onSuccess: (saved: ChannelOutput<C>) => void; onError: (error: unknown) => void },
  ) => void;
  isPending: boolean;
}

export interface ChannelFormOptions<V extends FieldValues, C extends Channel> {
  channel: C;
  /** The values of a fresh (or freshly loaded) form. */
  initial: () => V;
  /** The form's values as the channel's input; the contract's schema judges the result. */
  toInput: (values: V, version: number | undefined) => ChannelInput<C>;
  /** Where unsaved input is kept (components/drafts.ts), so a lock, a reload or leaving the page loses nothing. */
  draftKey?: string;
  /**
   * The submit is a step, not the save (a preview before creating): the draft stays after it answers, until
   * the form's own last step calls `discard`.
   */
  submitIsStep?: boolean;
  /** A check of the form's own beside the schema's, for fields the channel does not take (a repeated password); both are shown together. */
  precheck?: (values: V) => { message: string; fieldErrors: Record<string, string> } | null;
  /** A refusal that names no field (a wrong password, a wait) is shown at this field too. */
  messageField?: string;
  /**
   * Fields chosen from a list of records (a member, a household): left unchosen, the schema's words are
   * about a missing record reference, so the form says this instead.
   */
  unchosen?: Partial<Record<keyof V & string, string>>;
  /** Fields never kept in the draft (a temporary password): typed again when the form is left. */
  undrafted?: readonly (keyof V & string)[];
  /** For an edit: the record's version when editing began, kept with the draft so a stale save is refused. */
  version?: number;
  /**
   * The record as another seat saved it (the write's own output, carried by a stale refusal) as this form's
   * values, for the fields shown beside the user's. Without it, fields named like the record's are compared.
   */
  fromCurrent?: (current: ChannelOutput<C>) => V | null;
  onSaved?: (saved: ChannelOutput<C>, values: V) => void;
  /** After a refused save (client or backend), for example to clear a password. */
  onRefused?: (form: ChannelForm<V>) => void;
  /** Error key → element id for the summary's links, when they differ (dates focus their day box). */
  fieldTargets?: Record<string, string> | ((values: V) => Record<string, string>);
  write?: FormWrite<C>;
}

interface Problem {
  message: string | null;
  fieldErrors: Record<string, string>;
  /** Bumped on every refusal, so the summary takes focus again even when the errors are the same. */
  attempt: number;
}

export interface ChannelForm<V extends FieldValues> {
  values: V;
  set: <K extends keyof V & string>(key: K) => (value: V[K]) => void;
  setValues: (values: V) => void;
  /** value, onChange and error for a field component; the error key defaults to the field's name. */
  bind: <K extends keyof V & string>(
    key: K,
    errorKey?: string,
  ) => { value: V[K]; onChange: (value: V[K]) => void; error: string | undefined };
  /** The same for a single checkbox (CheckboxField). */
  check: <K extends keyof V & string>(
    key: K,
    errorKey?: string,
  ) => { checked: V[K]; onChange: (value: V[K]) => void; error: string | undefined };
  errors: Record<string, string>;
  summary: {
    message: string | null;
    fieldErrors: Record<string, string>;
    fieldTargets: Record<string, string>;
    focusKey: number;
  };
  saving: boolean;
  dirty: boolean;
  submit: (event?: SubmitEvent) => void;
  /** Throws the draft away (Cancel and discard changes) and puts the form back as it started. */
  discard: () => void;
  /** Sets the backend's answer for a field or the whole form, as a refused save does. */
  refuse: (error: unknown) => void;
  /** Another seat's change that made the last save stale, shown beside what the user typed (ConflictPanel). */
  conflict: FormConflict | null;
  /** Takes one field's value from the other seat's change. */
  takeTheirs: (key: string) => void;
}

/**
 * One form on react-hook-form: values (kept as a draft), the contract's zod
 * schema through zodResolver before anything is sent, the backend's refusals
 * mapped back onto the same fields, and the summary that takes focus.
 */
export function useChannelForm<V extends FieldValues, C extends Channel>(
  options: ChannelFormOptions<V, C>,
): ChannelForm<V> {
  const { channel, draftKey } = options;
  const [start] = useState(() => {
    const draft = draftOf(draftKey) as { values: Partial<V>; version: number | undefined; base?: V } | undefined;
    const initial = options.initial();
    return {
      values: { ...initial, ...draft?.values },
      version: draft ? draft.version : options.version,
      // What the form loaded, kept with the draft: a stale save is merged against it (conflict.ts).
      base: draft?.base ?? initial,
    };
  });
  // The version saves are made against: the one editing began from, then the one a stale refusal reports (the
  // user has been shown the other change beside theirs, so saving again is their merge, not an overwrite).
  const [{ version, base }, setLoaded] = useState({ version: start.version, base: start.base });
  const [conflict, setConflict] = useState<FormConflict | null>(null);
  const keep = (next: V, loaded: { version: number | undefined; base: V } = { version, base }) => {
    if (!draftKey) return;
    const undrafted = new Set<string>(options.undrafted ?? []);
    keepDraft(draftKey, {
      values: Object.fromEntries(Object.entries(next).filter(([key]) => !undrafted.has(key))),
      ...loaded,
    });
  };
  // Read afresh on every render by react-hook-form, so toInput may close over the latest props.
  const resolver = contractResolver<V>(channel, (values) => options.toInput(values, version));
  const form = useForm<V>({ defaultValues: start.values as DefaultValues<V>, resolver, reValidateMode: 'onSubmit' });
  const ownWrite = useWrite(channel);
  const write: FormWrite<C> = options.write ?? ownWrite;
  const [problem, setProblem] = useState<Problem>({ message: null, fieldErrors: {}, attempt: 0 });
  const values = useWatch({ control: form.control }) as V;

  // Every change goes through here, so the draft is exactly what was typed (and nothing is kept before that).
  const set =
    <K extends keyof V & string>(key: K) =>
    (value: V[K]) => {
      form.setValue(key as never, value, { shouldDirty: true });
      keep(form.getValues());
    };
  const reword = (fieldErrors: Record<string, string>): Record<string, string> => {
    const current = form.getValues();
    return Object.fromEntries(
      Object.entries(fieldErrors).map(([key, text]) => {
        const instead = options.unchosen?.[key];
        return [key, instead !== undefined && current[key] === '' ? instead : text];
      }),
    );
  };
  const noteConflict = (error: unknown) => {
    const stale = staleConflictOf(error);
    // Only an edit of a record is merged: a one-step action (approving a version) is refused by its message alone.
    if (!stale || (start.version === undefined && !options.fromCurrent)) return;
    const fromCurrent = options.fromCurrent as ((current: never) => V | null) | undefined;
    const merged = mergeConflict(stale, base, form.getValues(), fromCurrent, options.undrafted);
    setConflict(merged.conflict);
    if (merged.conflict.applied.length > 0) form.reset(merged.values, { keepDefaultValues: true });
    if (stale.version !== null) {
      const loaded = { version: stale.version, base: merged.base };
      setLoaded(loaded);
      keep(merged.values, loaded);
    }
  };
  const refuse = (error: unknown) => {
    noteConflict(error);
    const { message, fieldErrors: named } = errorState(error);
    const fieldErrors =
      options.messageField && message && Object.keys(named).length === 0
        ? { [options.messageField]: message }
        : reword(named);
    setProblem((last) => ({ message, fieldErrors, attempt: last.attempt + 1 }));
  };
  const api: ChannelForm<V> = {
    values,
    set,
    setValues: (next) => {
      form.reset(next, { keepDefaultValues: true });
      keep(next);
    },
    bind: (key, errorKey) => ({ value: values[key], onChange: set(key), error: problem.fieldErrors[errorKey ?? key] }),
    check: (key, errorKey) => ({
      checked: values[key],
      onChange: set(key),
      error: problem.fieldErrors[errorKey ?? key],
    }),
    errors: problem.fieldErrors,
    summary: {
      message: problem.message,
      fieldErrors: problem.fieldErrors,
      fieldTargets:
        typeof options.fieldTargets === 'function' ? options.fieldTargets(values) : (options.fieldTargets ?? {}),
      focusKey: problem.attempt,
    },
    saving: write.isPending,
    dirty: form.formState.isDirty,
    submit: (event) => {
      event?.preventDefault();
      // The form's own check and the schema's are both run, so an empty form marks every missing field at once.
      const own = options.precheck?.(form.getValues());
      void form.handleSubmit(
        (valid) => {
          if (own) {
            setProblem((last) => ({ ...own, attempt: last.attempt + 1 }));
            options.onRefused?.(api);
            return;
          }
          setProblem((last) => ({ message: null, fieldErrors: {}, attempt: last.attempt }));
          write.mutate(options.toInput(valid, version), {
            onSuccess: (saved) => {
              setConflict(null);
              if (!options.submitIsStep) forgetDraft(draftKey);
              options.onSaved?.(saved, valid);
            },
            onError: (error) => {
              refuse(error);
              options.onRefused?.(api);
            },
          });
        },
        (errors) => {
          const fieldErrors = { ...reword(flatErrors(errors)), ...own?.fieldErrors };
          setProblem((last) => ({ message: summaryMessage(fieldErrors), fieldErrors, attempt: last.attempt + 1 }));
          options.onRefused?.(api);
        },
      )();
    },
    discard: () => {
      // Reset first: the reset is itself a change the draft would keep.
      form.reset(options.initial());
      forgetDraft(draftKey);
      setConflict(null);
      setProblem((last) => ({ message: null, fieldErrors: {}, attempt: last.attempt }));
    },
    refuse,
    conflict,
    takeTheirs: (key) => {
      const field = conflict?.fields.find((f) => f.key === key);
      if (!field || !conflict) return;
      set(key as keyof V & string)(field.theirs as V[keyof V & string]);
      setConflict({ ...conflict, taken: [...conflict.taken.filter((k) => k !== key), key] });
    },
  };
  return api;
}
