import { ChoiceGroup } from '../../components/choice-group';
import { useState, type SubmitEvent } from 'react';
import type { ItemView, SittingDetail } from '../../../../shared/schemas/sitting-views';
import { errorState } from '../../api/error-state';
import { useWrite } from '../../api/hooks';
import { ErrorSummary } from '../../components/error-summary';
import { SelectField, TextArea } from '../../components/fields';

type Outcome = 'withdrew' | 'remained';
const OUTCOME_OPTIONS: { value: Outcome; label: string }[] = [
  { value: 'withdrew', label: 'Withdrew for this item (not counted for quorum)' },
  { value: 'remained', label: "Remained, with the presider's agreement" },
];

export function DeclarationForm({
  sitting,
  item,
  onSaved,
}: {
  sitting: SittingDetail;
  item: ItemView;
  onSaved: (notice: string) => void;
}) {
  const [memberId, setMemberId] = useState('');
  const [interest, setInterest] = useState('');
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const declare = useWrite('items:declare');
  const { message, fieldErrors: backendErrors } = errorState(declare.error);
  // An unchosen member reaches the backend as a missing record id; say it in the user's terms.
  const fieldErrors =
    backendErrors.memberId && !memberId
      ? { ...backendErrors, memberId: 'Choose the member who declared an interest' }
      : backendErrors;
  const members = sitting.attendance.map((a) => ({ value: a.memberId, label: a.name }));
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    declare.mutate(
      {
        itemId: item.id,
        memberId,
        interest,
        withdrew: outcome === '' ? (undefined as unknown as boolean) : outcome === 'withdrew',
      },
      {
        onSuccess: () => {
          const name = members.find((m) => m.value === memberId)?.label ?? 'The member';
          onSaved(`${name}'s declaration of interest has been recorded.`);
          setMemberId('');
          setInterest('');
          setOutcome('');
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="inline-form" aria-labelledby="declare-heading">
      <h3 id="declare-heading">Record a declaration of interest</h3>
      <ErrorSummary
        message={message}
        fieldErrors={fieldErrors}
        fieldTargets={{
          memberId: 'declarationMember',
          interest: 'declarationInterest',
          withdrew: 'declarationOutcome',
        }}
      />
      <SelectField
        id="declarationMember"
        label="Member"
        placeholder="Choose a member"
        options={members}
        value={memberId}
        onChange={setMemberId}
        error={fieldErrors.memberId}
      />
      <TextArea
        id="declarationInterest"
        label="What the interest is"
        hint="For example, knows the applicants through school"
        value={interest}
        onChange={setInterest}
        error={fieldErrors.interest}
      />
      <ChoiceGroup
        type="radio"
        id="declarationOutcome"
        legend="What did the member do?"
        options={OUTCOME_OPTIONS}
        value={outcome}
        onChange={setOutcome}
        error={fieldErrors.withdrew}
      />
      <button type="submit" className="button button--secondary" disabled={declare.isPending}>
        Record declaration
      </button>
    </form>
  );
}
