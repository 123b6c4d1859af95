/** Said before a qualifying determination is recorded: it does not take effect yet. */
export function QualifyingWarning() {
  return (
    <div className="panel panel--warning">
      <p>
        <strong>This is a qualifying determination.</strong> It does not take effect yet: the applicant or carer has 28
        days from the date of the letter to make written representations to the agency or to apply to the Independent
        Review Mechanism (IRM), but not both. A final decision follows.
      </p>
    </div>
  );
}
