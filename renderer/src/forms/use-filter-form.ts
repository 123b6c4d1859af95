import type { FieldValues } from 'react-hook-form';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/contract/channels';
import { useChannelForm, type ChannelForm, type FormWrite } from './use-channel-form';

export interface FilterFormOptions<V extends FieldValues, C extends Channel> {
  /** The read the filter narrows: its own input schema judges the filter before it is applied. */
  channel: C;
  /** The fields as the filter now in force sets them. */
  initial: () => V;
  /** The fields as the read's input (the first page of what they match). */
  toInput: (values: V) => ChannelInput<C>;
  /** Puts the judged filter in force (a page's state, or the address). */
  onApply: (input: ChannelInput<C>) => void;
  /** Applied as each field changes (a list choice, a search typed) instead of on an "Apply filters" button. */
  live?: boolean;
  /** Error key → element id for the summary's links (the fields' ids are the page's, not the input's keys). */
  fieldTargets?: Record<string, string>;
}

/**
 * A filter on the forms scaffold: the same react-hook-form state, the read's
 * contract schema through zodResolver, the error summary and its focus as a
 * form that saves; only its "save" applies the filter instead of calling the
 * backend, and it keeps no draft (a filter is not unsaved work).
 */
export function useFilterForm<V extends FieldValues, C extends Channel>(
  options: FilterFormOptions<V, C>,
): ChannelForm<V> {
  const apply: FormWrite<C> = {
    mutate: (input, { onSuccess }) => {
      options.onApply(input);
      // Nothing was read here (the list below reads what the filter now asks for), and a filter form has no
      // onSaved to be handed an answer, so there is none to give.
      onSuccess(undefined as unknown as ChannelOutput<C>);
    },
    isPending: false,
  };
  const form = useChannelForm<V, C>({
    channel: options.channel,
    initial: options.initial,
    toInput: (values) => options.toInput(values),
    fieldTargets: options.fieldTargets,
    write: apply,
  });
  if (!options.live) return form;
  // A change is the submit: the schema judges the new values and, if they pass, they are in force at once.
  const change =
    <K extends keyof V & string>(key: K) =>
    (value: V[K]) => {
      form.set(key)(value);
      form.submit();
    };
  return { ...form, set: change, bind: (key, errorKey) => ({ ...form.bind(key, errorKey), onChange: change(key) }) };
}
