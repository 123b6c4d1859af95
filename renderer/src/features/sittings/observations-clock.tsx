import { formatDate } from '../../../../shared/domain/dates';
import type { ItemView } from '../../../../shared/schemas/sitting-views';
import { useToday } from '../../api/hooks';

/** Where an application stands on the FSR reg 26 clock: the applicant's 10 working days for observations. */
export function ObservationsClock({ item }: { item: ItemView }) {
  const today = useToday();
  const reg26 = item.observations;
  if (!reg26) return null;
  let text: string;
  if (reg26.observationsReceivedDate) {
    text = `The applicant’s observations on the assessment report were received on ${formatDate(reg26.observationsReceivedDate)}: the item can be ready for panel.`;
  } else if (!reg26.reportGivenDate || !reg26.windowEnds) {
    text =
      'The date the assessment report was given to the applicant is not recorded: the item cannot be ready for panel until it is and 10 working days have passed (FSR reg 26).';
  } else if (today !== null && today > reg26.windowEnds) {
    text = `Assessment report given on ${formatDate(reg26.reportGivenDate)}. The 10 working days for observations ended on ${formatDate(reg26.windowEnds)}: the item can be ready for panel.`;
  } else {
    text = `Assessment report given on ${formatDate(reg26.reportGivenDate)}. The applicant may send observations until ${formatDate(reg26.windowEnds)}; the item can be ready for panel after then, or once they arrive (FSR reg 26).`;
  }
  return (
    <p className="hint" data-testid="observations-clock">
      {text}
    </p>
  );
}
