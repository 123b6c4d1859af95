import { ChoiceGroup } from '../../components/choice-group';
import type { ExemptionView } from '../../../../shared/schemas/exemption';
import { blankExemption, ExemptionFields, exemptionFieldTargets } from '../exemptions/exemption-fields';
import { useEffect, useRef, type SubmitEvent } from 'react';
import { allowedOutcomes } from '../../../../shared/domain/recommendations/outcomes';
import { CareType, type HouseholdType, type TermsOfApproval } from '../../../../shared/schemas/household';
import type { RecommendationView } from '../../../../shared/schemas/recommendation';
import type { ItemView, SittingDetail } from '../../../../shared/schemas/sitting-views';
import { errorState } from '../../api/error-state';
import { useWrite } from '../../api/hooks';
import { DiscardChangesButton } from '../../components/discard-changes-button';
import { useDraft } from '../../components/drafts';
import { ErrorSummary } from '../../components/error-summary';
import { CheckboxField, Fieldset, SelectField, TextArea, TextField } from '../../components/fields';
import { TermsFields } from '../households/terms-fields';
import { DissentFields, dissentMemberId, dissentViewId } from './dissent-fields';
import {
  countedMembers,
  initialValues,
  RATING_OPTIONS,
  recommendationDraftKey,
  toInput,
  type RecommendationValues,
} from './recommendation-values';

const TERMS_FIELDS = ['numberOfChildren', 'ageFrom', 'ageTo', 'gender', 'namedChildren', 'siblingGroup'];
const FIRST_CARE_BOX = `recTerms-typesOfCare-${CareType.options[0]}`;

/** Field name → the control an error summary link focuses. */
function fieldTargets(dissentRows: number): Record<string, string> {
  const targets: Record<string, string> = {
    outcome: 'recOutcome',
    terms: FIRST_CARE_BOX,
    'terms.typesOfCare': FIRST_CARE_BOX,
    reasons: 'recReasons',
    keyIssues: 'recKeyIssues',
    membersViews: 'recMembersViews',
    unanimous: 'recUnanimous',
    votesFor: 'recVotesFor',
    votesAgainst: 'recVotesAgainst',
    votesAbstaining: 'recVotesAbstaining',
    outstanding: 'recOutstanding',
    reportQualityRating: 'recRating',
    reportQualityComment: 'recRatingComment',
  };
  for (const field of TERMS_FIELDS) targets[`terms.${field}`] = `recTerms-${field}`;
  for (let i = 0; i < dissentRows; i += 1) {
    targets[`dissent.${i}.memberId`] = dissentMemberId(i);
    targets[`dissent.${i}.view`] = dissentViewId(i);
  }
  return targets;
}

/**
 * Recording (or changing) the panel's recommendation on an item. What is typed
 * is kept as a draft for the item, so a refusal or leaving the page loses nothing.
 */
export function RecommendationForm({
  sitting,
  item,
  recorded,
  householdTerms,
  householdType = null,
  exemption = null,
  onCancel,
  onSaved,
}: {
  sitting: SittingDetail;
  item: ItemView;
  recorded: RecommendationView | null;
  householdTerms: TermsOfApproval | null;
  householdType?: HouseholdType | null;
  /** An exemption item: what is on record, to start from. */
  exemption?: ExemptionView | null;
  onCancel: (() => void) | null;
  onSaved: (notice: string) => void;
}) {
  const [values, setValues, discard] = useDraft<RecommendationValues>(recommendationDraftKey(item.id), () =>
    initialValues(recorded, householdTerms, householdType, exemption),
  );
  const record = useWrite('recommendations:record');
  const heading = useRef<HTMLHeadingElement>(null);
  const openedOnRequest = onCancel !== null;
  // Opened by "Change the recommendation": the button has gone, so focus goes to the form it opened.
  useEffect(() => {
    if (openedOnRequest) heading.current?.focus();
  }, [openedOnRequest]);
  const { message, fieldErrors: backendErrors } = errorState(record.error);
  // An unchosen member reaches the backend as a missing record id; say it in the user's terms.
  const fieldErrors = Object.fromEntries(
    Object.entries(backendErrors).map(([field, text]) => {
      const row = /^dissent\.(\d+)\.memberId$/.exec(field);
      return row && values.dissent[Number(row[1])]?.memberId === ''
        ? [field, 'Choose the member who dissented']
        : [field, text];
    }),
  );
  const outcomes = allowedOutcomes(item.itemType);
  const chosen = outcomes.find((o) => o.code === values.outcome);
  const set =
    <K extends keyof RecommendationValues>(key: K) =>
    (value: RecommendationValues[K]) =>
      setValues({ ...values, [key]: value });
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    record.mutate(toInput(item.id, values, chosen?.needsTerms ?? false, item.quorum.membersCounted), {
      onSuccess: (saved) => {
        discard();
        onSaved(`The panel's recommendation has been recorded: ${saved.outcomeLabel}.`);
      },
    });
  };
  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby="recommendation-form-heading">
      <h3 id="recommendation-form-heading" tabIndex={-1} ref={heading}>
        {recorded ? 'Change the recommendation' : 'Record the recommendation'}
      </h3>
      <ErrorSummary
        message={message}
        fieldErrors={fieldErrors}
        fieldTargets={{ ...fieldTargets(values.dissent.length), ...exemptionFieldTargets('recExemption') }}
      />
      <ChoiceGroup
        type="radio"
        id="recOutcome"
        legend="The panel's recommendation"
        options={outcomes.map((o) => ({ value: o.code, label: o.label }))}
        value={values.outcome}
        onChange={set('outcome')}
        error={fieldErrors.outcome}
      />
      {chosen?.needsTerms ? (
        <TermsFields
          idPrefix="recTerms"
          householdType={householdType}
          values={values.terms}
          onChange={set('terms')}
          errors={fieldErrors}
        />
      ) : null}
      {values.outcome === 'recommend_exemption' ? (
        <ExemptionFields
          idPrefix="recExemption"
          values={values.exemption ?? blankExemption()}
          onChange={set('exemption')}
          errors={fieldErrors}
        />
      ) : null}
      {values.outcome === 'deferred' ? (
        <TextArea
          id="recOutstanding"
          label="What is outstanding"
          hint="What must be done before the item comes back to panel"
          value={values.outstanding}
          onChange={set('outstanding')}
          error={fieldErrors.outstanding}
        />
      ) : null}
      <TextArea
        id="recReasons"
        label="Reasons for the recommendation"
        rows={5}
        value={values.reasons}
        onChange={set('reasons')}
        error={fieldErrors.reasons}
      />
      <TextArea
        id="recKeyIssues"
        label="Key issues (optional)"
        value={values.keyIssues}
        onChange={set('keyIssues')}
        error={fieldErrors.keyIssues}
      />
      <TextArea
        id="recMembersViews"
        label="Members' views (optional)"
        value={values.membersViews}
        onChange={set('membersViews')}
        error={fieldErrors.membersViews}
      />
      <Fieldset legend="Vote">
        <CheckboxField
          id="recUnanimous"
          label="The recommendation was unanimous"
          checked={values.unanimous}
          onChange={set('unanimous')}
          error={fieldErrors.unanimous}
        />
        {values.unanimous ? null : (
          <>
            <p className="hint">
              {`The votes must add up to the ${item.quorum.membersCounted} ${item.quorum.membersCounted === 1 ? 'member' : 'members'} counted for this item.`}
            </p>
            <TextField
              id="recVotesFor"
              label="For"
              inputMode="numeric"
              width="short"
              value={values.votesFor}
              onChange={set('votesFor')}
              error={fieldErrors.votesFor}
            />
            <TextField
              id="recVotesAgainst"
              label="Against"
              inputMode="numeric"
              width="short"
              value={values.votesAgainst}
              onChange={set('votesAgainst')}
              error={fieldErrors.votesAgainst}
            />
            <TextField
              id="recVotesAbstaining"
              label="Abstaining"
              inputMode="numeric"
              width="short"
              value={values.votesAbstaining}
              onChange={set('votesAbstaining')}
              error={fieldErrors.votesAbstaining}
            />
          </>
        )}
      </Fieldset>
      <DissentFields
        rows={values.dissent}
        members={countedMembers(sitting, item)}
        errors={fieldErrors}
        onChange={set('dissent')}
      />
      <Fieldset legend="Quality of the report">
        <SelectField
          id="recRating"
          label="Rating (optional)"
          placeholder="Not rated"
          options={RATING_OPTIONS}
          value={values.rating}
          onChange={set('rating')}
          error={fieldErrors.reportQualityRating}
        />
        <TextArea
          id="recRatingComment"
          label="Comment on the report (optional)"
          value={values.ratingComment}
          onChange={set('ratingComment')}
          error={fieldErrors.reportQualityComment}
        />
      </Fieldset>
      <div className="button-row">
        <button type="submit" className="button" disabled={record.isPending}>
          Save the recommendation
        </button>
        {onCancel ? <DiscardChangesButton discard={discard} onCancel={onCancel} /> : null}
      </div>
    </form>
  );
}
