import { describe, expect, it } from 'vitest';
import { contract, type Channel } from '../../shared/contract/channels';
import { validationError } from '../../electron/backend/router';
// The one renderer file a test reads: the forms' zod resolver, which is plain Node (zod and @hookform/resolvers).
// eslint-disable-next-line no-restricted-imports
import { contractResolver, flatErrors, summaryMessage } from '../../renderer/src/forms/contract-resolver';

/**
 * A form refuses what the backend would refuse, with the same words on the
 * same fields: the forms scaffold runs the contract's own schema (zodResolver)
 * over what it would send, and names errors by path as the router does.
 */
async function formErrors(channel: Channel, input: unknown): Promise<Record<string, string>> {
  const resolver = contractResolver<{ input: unknown }>(channel, (values) => values.input);
  const result = await resolver({ input }, undefined, { fields: {}, shouldUseNativeValidation: false });
  return flatErrors(result.errors);
}

function backendErrors(channel: Channel, input: unknown): Record<string, string> {
  const parsed = contract[channel].input.safeParse(input);
  if (parsed.success) return {};
  return validationError(parsed.error).fieldErrors ?? {};
}

const blankDate = '';
const household = {
  reference: '',
  displayName: '',
  applicantNames: [''],
  address: '',
  householdType: '',
  specialistScheme: '',
  assessingSocialWorker: '',
  supervisingSocialWorker: '',
  applicationReceivedDate: blankDate,
  temporaryApprovalDate: blankDate,
  children: [
    { initials: '', dateOfBirth: blankDate, placementDate: blankDate, placementEndedOn: blankDate, iroName: '' },
  ],
};

const CASES: [Channel, unknown][] = [
  ['households:create', household],
  ['households:create', { ...household, reference: 'FC-1', applicationReceivedDate: '2026-02-31', children: [] }],
  ['auth:login', { username: '', password: '' }],
  ['auth:changePassword', { currentPassword: '', newPassword: 'short' }],
  ['settings:update', { quorum: { minimumMembers: 'five' } }],
];

describe('form errors match the backend', () => {
  it.each(CASES)('%s', async (channel, input) => {
    const expected = backendErrors(channel, input);
    expect(Object.keys(expected).length).toBeGreaterThan(0);
    expect(await formErrors(channel, input)).toEqual(expected);
  });

  it('lets a valid input through with no errors', async () => {
    expect(await formErrors('auth:login', { username: 'alex', password: 'secret' })).toEqual({});
  });

  it('words the summary as the backend does', () => {
    expect(summaryMessage({ a: 'Enter a name' })).toBe('Enter a name');
    expect(summaryMessage({ a: 'x', b: 'y' })).toBe('There are 2 problems with what was entered.');
  });
});
