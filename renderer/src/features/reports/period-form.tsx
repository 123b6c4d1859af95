import { useState } from 'react';
import type { ReportPeriod } from '../../../../shared/schemas/report';
import { DateField } from '../../components/date-field';
import { partsFromIso, partsToIso } from '../../components/date-parts';

/** The period to report on: any dates, the financial year containing today to start with. */
export function PeriodForm({
  initial,
  building,
  fieldErrors,
  onBuild,
}: {
  initial: ReportPeriod;
  building: boolean;
  fieldErrors: Record<string, string>;
  onBuild: (period: { from: string; to: string }) => void;
}) {
  const [from, setFrom] = useState(() => partsFromIso(initial.from));
  const [to, setTo] = useState(() => partsFromIso(initial.to));
  return (
    <form
      className="filters report-period"
      aria-label="Period of the report"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onBuild({ from: partsToIso(from), to: partsToIso(to) });
      }}
    >
      <DateField
        id="report-from"
        legend="Start of the period"
        hint="For example, 1 4 2026"
        value={from}
        error={fieldErrors.from}
        onChange={setFrom}
      />
      <DateField
        id="report-to"
        legend="End of the period"
        hint="For example, 31 3 2027"
        value={to}
        error={fieldErrors.to}
        onChange={setTo}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={building}>
          Build the report
        </button>
      </div>
    </form>
  );
}
