import { ChoiceGroup } from '../../components/choice-group';
import { Role, ROLE_LABELS } from '../../../../shared/contract/roles';
import { useRead } from '../../api/hooks';
import { SelectField, TextField } from '../../components/fields';
import type { ChannelForm } from '../../forms/use-channel-form';

/** What the add and edit forms share while the user types. */
export interface UserDetailsValues {
  displayName: string;
  roles: Role[];
  memberId: string;
}

const roleOptions = Role.options.map((value) => ({ value, label: ROLE_LABELS[value] }));

/** Error-summary links for fields whose first control has a different id. */
export const USER_FIELD_TARGETS: Record<string, string> = { roles: `roles-${Role.options[0]}` };

/** Full name, roles and the linked central-list member: the fields both forms have. */
export function UserDetailsFields({ form }: { form: Pick<ChannelForm<UserDetailsValues>, 'bind'> }) {
  const members = useRead('members:list', { status: 'all' });
  const memberOptions = (members.data ?? []).map((member) => ({
    value: member.id,
    label: member.status === 'left' ? `${member.name} (left)` : member.name,
  }));
  return (
    <>
      <TextField id="displayName" label="Full name" {...form.bind('displayName')} />
      <ChoiceGroup
        type="checkbox"
        id="roles"
        legend="Roles"
        hint="Choose every role this person has. Only panel administrators can change records and manage accounts."
        options={roleOptions}
        {...form.bind('roles')}
      />
      <SelectField
        id="memberId"
        label="Central list member (optional)"
        hint="Link the account to the person’s entry on the central list, if they have one."
        placeholder="Not linked to a member"
        options={memberOptions}
        {...form.bind('memberId')}
      />
    </>
  );
}
