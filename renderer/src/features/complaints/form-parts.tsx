import { DateField } from '../../components/date-field';
import type { DateParts } from '../../components/date-parts';

/** The day a complaint or feedback form was received. */
export function ReceivedOnField(props: {
  value: DateParts;
  onChange: (value: DateParts) => void;
  error: string | undefined;
}) {
  return <DateField id="receivedOn" legend="Date received" {...props} />;
}
