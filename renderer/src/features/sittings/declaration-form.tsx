import { ChoiceGroup } from '../../components/choice-group';
import type { ItemView, SittingDetail } from '../../../../shared/schemas/sitting-views';
import { SelectField, TextArea } from '../../components/fields';
import { FormFrame, SubmitButton } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';

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
  const members = sitting.attendance.map((a) => ({ value: a.memberId, label: a.name }));
  const form = useChannelForm({
    channel: 'items:declare',
    initial: () => ({ memberId: '', interest: '', outcome: '' }),
    toInput: ({ outcome, ...values }) => ({
      itemId: item.id,
      ...values,
      // Unanswered goes as nothing, which the schema refuses in the question's words.
      withdrew: outcome === '' ? (undefined as unknown as boolean) : outcome === 'withdrew',
    }),
    unchosen: { memberId: 'Choose the member who declared an interest' },
    fieldTargets: { memberId: 'declarationMember', interest: 'declarationInterest', withdrew: 'declarationOutcome' },
    onSaved: (_, values) => {
      const name = members.find((m) => m.value === values.memberId)?.label ?? 'The member';
      onSaved(`${name}'s declaration of interest has been recorded.`);
      form.discard();
    },
  });
  return (
    <FormFrame
      form={form}
      className="inline-form"
      labelledBy="declare-heading"
      header={<h3 id="declare-heading">Record a declaration of interest</h3>}
      footer={
        <SubmitButton form={form} label="Record declaration" savingLabel={null} className="button button--secondary" />
      }
    >
      <SelectField
        id="declarationMember"
        label="Member"
        placeholder="Choose a member"
        options={members}
        {...form.bind('memberId')}
      />
      <TextArea
        id="declarationInterest"
        label="What the interest is"
        hint="For example, knows the applicants through school"
        {...form.bind('interest')}
      />
      <ChoiceGroup
        type="radio"
        id="declarationOutcome"
        legend="What did the member do?"
        options={OUTCOME_OPTIONS}
        {...form.bind('outcome', 'withdrew')}
      />
    </FormFrame>
  );
}
