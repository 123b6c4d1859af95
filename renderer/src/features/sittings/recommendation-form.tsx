import { ChoiceGroup } from '../../components/choice-group';
import type { ExemptionView } from '../../../../shared/schemas/exemption';
import { blankExemption, ExemptionFields, exemptionFieldTargets } from '../exemptions/exemption-fields';
import { useEffect, useRef } from 'react';
import { allowedOutcomes } from '../../../../shared/domain/recommendations/outcomes';
import { CareType, type HouseholdType, type TermsOfApproval } from '../../../../shared/schemas/household';
import type { RecommendationView } from '../../../../shared/schemas/recommendation';
import type { ItemView, SittingDetail } from '../../../../shared/schemas/sitting-views';
import { DiscardChangesButton } from '../../components/discard-changes-button';
import { CheckboxField, Fieldset, SelectField, TextArea, TextField } from '../../components/fields';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';
import { TermsFields } from '../households/terms-fields';
import { DissentFields, dissentMemberId, dissentViewId } from './dissent-fields';
import {
  countedMembers,
  initialValues,
  RATING_OPTIONS,
  recommendationDraftKey,
  toInput,
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
  const outcomes = allowedOutcomes(item.itemType);
  const needsTerms = (outcome: string) => outcomes.find((o) => o.code === outcome)?.needsTerms ?? false;
  const form = useChannelForm({
    channel: 'recommendations:record',
    draftKey: recommendationDraftKey(item.id),
    // 0 before one is recorded: one recorded at another seat meanwhile is refused and shown beside this form.
    version: recorded?.version ?? 0,
    initial: () => initialValues(recorded, householdTerms, householdType, exemption),
    fromCurrent: (saved) => initialValues(saved, householdTerms, householdType, exemption),
    toInput: (values, version) =>
      toInput(item.id, values, needsTerms(values.outcome), item.quorum.membersCounted, version ?? 0),
    fieldTargets: (values) => ({ ...fieldTargets(values.dissent.length), ...exemptionFieldTargets('recExemption') }),
    onSaved: (saved) => onSaved(`The panel's recommendation has been recorded: ${saved.outcomeLabel}.`),
  });
  const { values, set, bind, errors } = form;
  const heading = useRef<HTMLHeadingElement>(null);
  const openedOnRequest = onCancel !== null;
  // Opened by "Change the recommendation": the button has gone, so focus goes to the form it opened.
  useEffect(() => {
    if (openedOnRequest) heading.current?.focus();
  }, [openedOnRequest]);
  return (
    <FormFrame
      form={form}
      labelledBy="recommendation-form-heading"
      submitLabel="Save the recommendation"
      savingLabel={null}
      secondaryAction={onCancel ? <DiscardChangesButton form={form} onCancel={onCancel} /> : null}
      header={
        <h3 id="recommendation-form-heading" tabIndex={-1} ref={heading}>
          {recorded ? 'Change the recommendation' : 'Record the recommendation'}
        </h3>
      }
    >
      <ChoiceGroup
        type="radio"
        id="recOutcome"
        legend="The panel's recommendation"
        options={outcomes.map((o) => ({ value: o.code, label: o.label }))}
        {...bind('outcome')}
      />
      {needsTerms(values.outcome) ? (
        <TermsFields
          idPrefix="recTerms"
          householdType={householdType}
          values={values.terms}
          onChange={set('terms')}
          errors={errors}
        />
      ) : null}
      {values.outcome === 'recommend_exemption' ? (
        <ExemptionFields
          idPrefix="recExemption"
          values={values.exemption ?? blankExemption()}
          onChange={set('exemption')}
          errors={errors}
        />
      ) : null}
      {values.outcome === 'deferred' ? (
        <TextArea
          id="recOutstanding"
          label="What is outstanding"
          hint="What must be done before the item comes back to panel"
          {...bind('outstanding')}
        />
      ) : null}
      <TextArea id="recReasons" label="Reasons for the recommendation" rows={5} {...bind('reasons')} />
      <TextArea id="recKeyIssues" label="Key issues (optional)" {...bind('keyIssues')} />
      <TextArea id="recMembersViews" label="Members' views (optional)" {...bind('membersViews')} />
      <Fieldset legend="Vote">
        <CheckboxField id="recUnanimous" label="The recommendation was unanimous" {...form.check('unanimous')} />
        {values.unanimous ? null : (
          <>
            <p className="hint">
              {`The votes must add up to the ${item.quorum.membersCounted} ${item.quorum.membersCounted === 1 ? 'member' : 'members'} counted for this item.`}
            </p>
            <TextField id="recVotesFor" label="For" inputMode="numeric" width="short" {...bind('votesFor')} />
            <TextField
              id="recVotesAgainst"
              label="Against"
              inputMode="numeric"
              width="short"
              {...bind('votesAgainst')}
            />
            <TextField
              id="recVotesAbstaining"
              label="Abstaining"
              inputMode="numeric"
              width="short"
              {...bind('votesAbstaining')}
            />
          </>
        )}
      </Fieldset>
      <DissentFields
        rows={values.dissent}
        members={countedMembers(sitting, item)}
        errors={errors}
        onChange={set('dissent')}
      />
      <Fieldset legend="Quality of the report">
        <SelectField
          id="recRating"
          label="Rating (optional)"
          placeholder="Not rated"
          options={RATING_OPTIONS}
          {...bind('rating', 'reportQualityRating')}
        />
        <TextArea
          id="recRatingComment"
          label="Comment on the report (optional)"
          {...bind('ratingComment', 'reportQualityComment')}
        />
      </Fieldset>
    </FormFrame>
  );
}
