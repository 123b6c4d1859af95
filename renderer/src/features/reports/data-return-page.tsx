import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { dataReturnYearOf } from '../../../../shared/domain/reports/data-return';
import type { DataReturn, DataReturnField } from '../../../../shared/schemas/data-return';
import { HOUSEHOLD_TYPE_LABELS, type HouseholdType } from '../../../../shared/schemas/household';
import { useRead, useToday } from '../../api/hooks';
import { DownloadDocument } from '../../components/download-document';
import { ErrorSummary } from '../../components/error-summary';
import { usePageTitle } from '../../components/use-page-title';
import { formatDate } from '../../format';
import './reports.css';

/** How many years back the chooser offers: a service keeps its records at least 10 years. */
const YEARS_OFFERED = 20;

const yearWords = (year: number) => `1 April ${year} to 31 March ${year + 1}`;

/**
 * The annual fostering data return for a year (1 April to 31 March): each
 * figure with its definition, the households it counts a button away, and
 * its CSV, workbook and Word summary issued by main through the register.
 */
export function DataReturnPage() {
  usePageTitle('Annual data return');
  const today = useToday();
  const [chosen, setChosen] = useState<number | null>(null);
  const year = chosen ?? (today ? dataReturnYearOf(today) : null);
  const figures = useRead('reports:dataReturn', year === null ? {} : { year }, { enabled: year !== null });
  const latest = today ? dataReturnYearOf(today) : null;
  return (
    <>
      <p>
        <Link to="/reports">Panel report</Link>
      </p>
      <h1>Annual fostering data return</h1>
      <p>
        The panel-related figures a service supplies each year towards Ofsted’s fostering data collection, taken from
        the panel’s records. Field names are the app’s: map them to the collection’s current template. Each household is
        counted once per field; choose a figure’s households to see who it counts.
      </p>
      <ErrorSummary message={figures.error?.message ?? null} fieldErrors={{}} fieldTargets={{}} />
      {latest !== null && year !== null ? (
        <div className="filters">
          <div className="field">
            <label htmlFor="data-return-year">Year (1 April to 31 March)</label>
            <select
              id="data-return-year"
              className="input input--long"
              value={year}
              onChange={(event) => setChosen(Number(event.target.value))}
            >
              {Array.from({ length: YEARS_OFFERED }, (_, i) => latest - i).map((y) => (
                <option key={y} value={y}>
                  {`${y}/${String((y + 1) % 100).padStart(2, '0')} (${yearWords(y)})`}
                </option>
              ))}
            </select>
          </div>
        </div>
      ) : (
        <p className="loading">Loading…</p>
      )}
      <p role="status" aria-live="polite" className="report-status">
        {figures.isFetching
          ? 'Working out the return…'
          : figures.data
            ? `Return for ${yearWords(figures.data.year)}.`
            : ''}
      </p>
      {figures.data ? <DataReturnView key={figures.data.year} figures={figures.data} /> : null}
    </>
  );
}

function DataReturnView({ figures }: { figures: DataReturn }) {
  const [open, setOpen] = useState<string | null>(null);
  const opened = figures.fields.find((f) => f.field === open) ?? null;
  const subjectId = `data-return-${figures.year}`;
  return (
    <div className="report">
      <section className="section report-exports" aria-labelledby="data-return-exports">
        <h2 id="data-return-exports">Download the {figures.yearName} return</h2>
        <DownloadDocument
          label="Download as CSV"
          busyLabel="Making the CSV file…"
          kind="data-return-csv"
          subjectId={subjectId}
        />
        <DownloadDocument
          label="Download as an Excel workbook"
          busyLabel="Making the workbook…"
          kind="data-return-workbook"
          subjectId={subjectId}
        />
        <DownloadDocument
          label="Download the summary (DOCX)"
          busyLabel="Making the summary…"
          kind="data-return-summary"
          subjectId={subjectId}
        />
      </section>
      <section className="section" aria-labelledby="data-return-figures">
        <h2 id="data-return-figures">The figures for {figures.yearName}</h2>
        <table className="table" aria-labelledby="data-return-figures">
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col">Definition</th>
              <th scope="col" className="numeric">
                Value
              </th>
              <th scope="col">Households</th>
            </tr>
          </thead>
          <tbody>
            {figures.fields.map((f) => (
              <tr key={f.field}>
                <th scope="row">
                  {f.label}
                  <br />
                  <code>{f.field}</code>
                </th>
                <td>{f.definition}</td>
                <td className="numeric">{f.value ?? 'None'}</td>
                <td>
                  {f.households.length > 0 ? (
                    <button
                      type="button"
                      className="button button--secondary"
                      aria-expanded={open === f.field}
                      aria-controls="data-return-households"
                      onClick={() => setOpen(open === f.field ? null : f.field)}
                    >
                      {open === f.field ? 'Hide' : 'Show'} the {f.households.length}{' '}
                      {f.households.length === 1 ? 'household' : 'households'}
                      <span className="visually-hidden"> counted in {f.label.toLowerCase()}</span>
                    </button>
                  ) : (
                    'None'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <div id="data-return-households">{opened ? <HouseholdsCounted field={opened} /> : null}</div>
    </div>
  );
}

/** The households one figure counts, with the date (and days or places) each was counted for. */
function HouseholdsCounted({ field }: { field: DataReturnField }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus follows the drill-down, so a keyboard or screen reader user lands on what they asked for.
  useEffect(() => heading.current?.focus(), [field.field]);
  const days = field.field === 'days_application_to_approval_median';
  const places = field.households.some((h) => h.places !== null);
  return (
    <section className="section" aria-labelledby="data-return-households-heading">
      <h2 id="data-return-households-heading" tabIndex={-1} ref={heading}>
        Households counted in {field.label.toLowerCase()}
      </h2>
      <table className="table" aria-labelledby="data-return-households-heading">
        <thead>
          <tr>
            <th scope="col">Household</th>
            <th scope="col">Type</th>
            <th scope="col">Date</th>
            {days ? (
              <th scope="col" className="numeric">
                Days from application
              </th>
            ) : null}
            {places ? (
              <th scope="col" className="numeric">
                Places
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {field.households.map((h) => (
            <tr key={h.householdId}>
              <th scope="row">
                <Link to={`/households/${h.householdId}`}>{h.reference}</Link> {h.displayName}
              </th>
              <td>{HOUSEHOLD_TYPE_LABELS[h.householdType as HouseholdType] ?? h.householdType}</td>
              <td>{h.date ? formatDate(h.date) : ''}</td>
              {days ? <td className="numeric">{h.days}</td> : null}
              {places ? <td className="numeric">{h.places}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
