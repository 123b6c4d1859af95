import { useState, type SubmitEvent } from 'react';
import { wholeNumberAsTyped } from '../../api/typed-number';
import { ErrorSummary } from '../../components/error-summary';
import { TextField } from '../../components/fields';
import { NoticeBanner } from '../../components/notice-banner';
import { useSettingsSave } from './use-settings-save';

/** How often members' DBS checks are renewed: a member's renewal date defaults to their check date plus this. */
export function DbsRenewalForm({ years }: { years: number }) {
  const [typed, setTyped] = useState(String(years));
  const { saved, message, fieldErrors, pending, save } = useSettingsSave();
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    save(
      { dbsRenewalYears: wholeNumberAsTyped(typed) },
      'The DBS renewal period has been saved. It applies to checks recorded from now on.',
    );
  };
  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby="dbs-heading">
      <h2 id="dbs-heading">DBS renewal</h2>
      <NoticeBanner message={saved} />
      <ErrorSummary message={message} fieldErrors={fieldErrors} fieldTargets={{ dbsRenewalYears: 'dbsRenewalYears' }} />
      <TextField
        id="dbsRenewalYears"
        label="Renew members' DBS checks every (years)"
        hint="Between 1 and 10; default 3. When a member's DBS check is recorded without a renewal date, it is set this many years after the check."
        inputMode="numeric"
        width="short"
        value={typed}
        onChange={setTyped}
        error={fieldErrors.dbsRenewalYears}
      />
      <button type="submit" className="button button--secondary" disabled={pending}>
        {pending ? 'Saving…' : 'Save DBS renewal period'}
      </button>
    </form>
  );
}
