import { useState } from 'react';
import { financialYearContaining } from '../../../../shared/domain/reports/period';
import { BUNDLE_MINUTES_DEFAULT, type InspectionBundleSaved } from '../../../../shared/schemas/inspection-bundle';
import { useSavingWrite } from '../../api/saved-file';
import { useToday } from '../../api/hooks';
import { wholeNumberAsTyped } from '../../api/typed-number';
import { DateField } from '../../components/date-field';
import { partsFromIso, partsToIso } from '../../components/date-parts';
import { TextField } from '../../components/fields';
import { SavedPath } from '../../components/saved-path';
import { usePageTitle } from '../../components/use-page-title';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';
import { formatBytes } from '../../format';

const MISMATCH = 'The two passphrases are not the same';

/**
 * Administrator → Reports → Inspection bundle: what an inspector asks a
 * fostering service for, in one ZIP encrypted under a passphrase typed here
 * (never kept): the last approved minutes, the statutory clocks summary, the
 * central list with compliance, the annual report, and an index of SHA-256s.
 */
export function InspectionBundlePage() {
  usePageTitle('Inspection bundle');
  const today = useToday();
  return (
    <>
      <h1>Inspection bundle</h1>
      <p>
        One ZIP file for an inspection, encrypted with AES-256 under a passphrase you choose: the last sets of approved
        minutes in the period, the statutory clocks summary (every step on time or late, with the reasons recorded), the
        central list with each member’s compliance, the panel report of each year the period touches, and an index
        listing every file with its SHA-256. It is kept in the register of issued documents like any other document.
        Send the passphrase to the inspector separately from the file.
      </p>
      {today ? <BundleForm year={financialYearContaining(today)} /> : <p className="loading">Loading…</p>}
    </>
  );
}

function BundleForm({ year }: { year: { from: string; to: string } }) {
  const [saved, setSaved] = useState<InspectionBundleSaved | null>(null);
  const form = useChannelForm({
    channel: 'reports:inspectionBundle',
    write: useSavingWrite('reports:inspectionBundle'),
    initial: () => ({
      from: partsFromIso(year.from),
      to: partsFromIso(year.to),
      minutesCount: String(BUNDLE_MINUTES_DEFAULT),
      passphrase: '',
      confirm: '',
    }),
    toInput: (values) => ({
      from: partsToIso(values.from),
      to: partsToIso(values.to),
      minutesCount: wholeNumberAsTyped(values.minutesCount),
      passphrase: values.passphrase,
    }),
    precheck: (values) =>
      values.passphrase !== values.confirm ? { message: MISMATCH, fieldErrors: { confirm: MISMATCH } } : null,
    fieldTargets: {
      from: 'bundle-from-day',
      to: 'bundle-to-day',
      minutesCount: 'bundle-minutes',
      passphrase: 'bundle-passphrase',
      confirm: 'bundle-confirm',
    },
    onSaved: (made) => setSaved(made),
  });
  return (
    <>
      <FormFrame form={form} submitLabel="Make the inspection bundle">
        <DateField
          id="bundle-from"
          legend="Start of the period"
          hint="A year runs from 1 April to 31 March; any range may be chosen."
          {...form.bind('from', 'from')}
        />
        <DateField id="bundle-to" legend="End of the period" {...form.bind('to', 'to')} />
        <TextField
          id="bundle-minutes"
          label="Sets of approved minutes to include"
          hint="The most recent in the period; 3 unless you choose otherwise."
          inputMode="numeric"
          width="short"
          {...form.bind('minutesCount')}
        />
        <TextField
          id="bundle-passphrase"
          label="Passphrase for the bundle"
          hint="At least 12 characters. Without it nobody can open the file, and the app does not keep it."
          type="password"
          width="medium"
          autoComplete="new-password"
          {...form.bind('passphrase')}
        />
        <TextField
          id="bundle-confirm"
          label="Type the passphrase again"
          type="password"
          width="medium"
          autoComplete="new-password"
          {...form.bind('confirm')}
        />
      </FormFrame>
      <div role="status" className={saved ? 'notice-banner' : undefined}>
        {saved ? (
          <>
            Saved, encrypted with your passphrase, to <SavedPath path={saved.path} /> ({formatBytes(saved.sizeBytes)}).
          </>
        ) : null}
      </div>
      {saved ? (
        <section className="section" aria-labelledby="bundle-parts-heading">
          <h2 id="bundle-parts-heading">In the bundle</h2>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">What it is</th>
                <th scope="col">SHA-256</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <td>Index.docx</td>
                <td>This list, with each file’s SHA-256</td>
                <td>—</td>
              </tr>
              {saved.parts.map((part) => (
                <tr key={part.fileName}>
                  <td>{part.fileName}</td>
                  <td>{part.what}</td>
                  <td className="path">{part.sha256}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {saved.notIncluded.length > 0 ? (
            <>
              <h3>Not included</h3>
              <ul>
                {saved.notIncluded.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
