import type { AnnualReport, ReportPeriod } from '../../../../shared/schemas/report';
import { DateField } from '../../components/date-field';
import { partsFromIso, partsToIso, type DateParts } from '../../components/date-parts';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm, type FormWrite } from '../../forms/use-channel-form';

interface PeriodValues {
  from: DateParts;
  to: DateParts;
}

const FIELD_TARGETS = { from: 'report-from-day', to: 'report-to-day' };

/**
 * The period to report on: any dates, the financial year containing today to
 * start with. On the forms scaffold: `reports:annual`'s own schema judges the
 * period (a date that does not exist, the end before the start, more than
 * five years) before the report is built, and the backend's refusals land on
 * the same fields.
 */
export function PeriodForm({
  initial,
  build,
  onBuilt,
}: {
  initial: ReportPeriod;
  /** Builds the report: a read, so it is the caller's, with its progress shown beside the report. */
  build: FormWrite<'reports:annual'>;
  onBuilt: (report: AnnualReport) => void;
}) {
  const form = useChannelForm({
    channel: 'reports:annual',
    write: build,
    initial: (): PeriodValues => ({ from: partsFromIso(initial.from), to: partsFromIso(initial.to) }),
    toInput: (values) => ({ from: partsToIso(values.from), to: partsToIso(values.to) }),
    fieldTargets: FIELD_TARGETS,
    onSaved: onBuilt,
  });
  return (
    <FormFrame
      form={form}
      className="filters report-period"
      label="Period of the report"
      submitLabel="Build the report"
      savingLabel={null}
    >
      <DateField id="report-from" legend="Start of the period" hint="For example, 1 4 2026" {...form.bind('from')} />
      <DateField id="report-to" legend="End of the period" hint="For example, 31 3 2027" {...form.bind('to')} />
    </FormFrame>
  );
}
