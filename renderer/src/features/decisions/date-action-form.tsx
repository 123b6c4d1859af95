import type { ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import type { Channel, ChannelInput, ChannelOutput } from '../../../../shared/contract/channels';
import { useToday } from '../../api/hooks';
import { DateField } from '../../components/date-field';
import { partsFromIso, partsToIso, type DateParts } from '../../components/date-parts';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm, type ChannelForm } from '../../forms/use-channel-form';

type DateActionValues<E extends FieldValues> = E & { date: DateParts };

/**
 * A step recorded with one date (information received, the letter dated, the
 * notice received): the date starts as today (or blank) and the contract's
 * schema judges it. `extra` starts any further fields, which `children` draws.
 */
export function DateActionForm<C extends Channel, E extends FieldValues = FieldValues>(props: {
  channel: C;
  id: string;
  heading: string;
  legend: string;
  hint?: string;
  /** The date's field name in the channel's input, as the schema and the backend name it in errors. */
  field: string;
  submitLabel: string;
  initialToday?: boolean;
  extra?: E;
  toInput: (date: string, extra: E) => ChannelInput<C>;
  onSaved: (saved: ChannelOutput<C>, date: string, extra: E) => void;
  /** Further fields recorded with the date (e.g. the reason for a resignation). */
  children?: (form: ChannelForm<DateActionValues<E>>) => ReactNode;
}) {
  const { id, field } = props;
  const today = useToday();
  const split = ({ date, ...extra }: DateActionValues<E>) => ({ date: partsToIso(date), extra: extra as unknown as E });
  const form = useChannelForm<DateActionValues<E>, C>({
    channel: props.channel,
    initial: () => ({ ...(props.extra as E), date: partsFromIso(props.initialToday === false ? null : today) }),
    toInput: (values) => {
      const { date, extra } = split(values);
      return props.toInput(date, extra);
    },
    fieldTargets: { [field]: `${id}-day` },
    onSaved: (saved, values) => {
      const { date, extra } = split(values);
      props.onSaved(saved, date, extra);
    },
  });
  return (
    <FormFrame
      form={form}
      className="form inline-form"
      labelledBy={`${id}-heading`}
      header={<h3 id={`${id}-heading`}>{props.heading}</h3>}
      submitLabel={props.submitLabel}
      savingLabel={null}
    >
      <DateField
        id={id}
        legend={props.legend}
        {...(props.hint ? { hint: props.hint } : {})}
        value={form.values.date}
        onChange={(parts) => form.set('date')(parts as DateActionValues<E>['date'])}
        error={form.errors[field]}
      />
      {props.children?.(form)}
    </FormFrame>
  );
}
