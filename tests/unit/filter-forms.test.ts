import { describe, expect, it } from 'vitest';
import type { Channel } from '../../shared/contract/channels';
// The forms' zod resolver and the dashboard filter's mapping: plain Node, no React (see form-errors.test.ts).
// eslint-disable-next-line no-restricted-imports
import { contractResolver, flatErrors } from '../../renderer/src/forms/contract-resolver';
// eslint-disable-next-line no-restricted-imports
import { toDueFilter, type TypedValues } from '../../renderer/src/features/dashboard/due-filter-input';

/**
 * The filters are on the forms scaffold (forms/use-filter-form.ts): before a
 * filter is applied, the read's own contract schema judges what it would send,
 * so a mistake is shown beside its field in words a user understands.
 */
async function judged<V extends object>(
  channel: Channel,
  values: V,
  toInput: (values: V) => unknown,
): Promise<Record<string, string>> {
  const resolver = contractResolver<{ values: V }>(channel, (form) => toInput(form.values));
  const result = await resolver({ values }, undefined, { fields: {}, shouldUseNativeValidation: false });
  return flatErrors(result.errors);
}

const due = (withinDays: string, rest: Partial<TypedValues> = {}): TypedValues => ({
  kind: '',
  whoActs: '',
  withinDays,
  ...rest,
});

describe('the dashboard filter', () => {
  it('refuses days that are not a whole number, in the words the dashboard has always used', async () => {
    for (const typed of ['a week', '1.5', '-3', '', '7 days']) {
      expect(await judged('dashboard:due', due(typed), toDueFilter)).toEqual({
        withinDays: 'Enter the number of days as a whole number, like 28',
      });
    }
  });

  it('refuses more days ahead than the dashboard looks', async () => {
    expect(await judged('dashboard:due', due('400'), toDueFilter)).toEqual({
      withinDays: 'Look at most 366 days ahead',
    });
  });

  it('applies a whole number of days, with the kind and who must act as the read takes them', async () => {
    const values = due(' 7 ', { kind: 'papers', whoActs: 'adm' });
    expect(await judged('dashboard:due', values, toDueFilter)).toEqual({});
    expect(toDueFilter(values)).toEqual({ withinDays: 7, kinds: ['papers'], whoActs: 'adm' });
    expect(toDueFilter(due('28'))).toEqual({ withinDays: 28 });
  });
});

describe('the issued documents register filter', () => {
  const toInput = (values: { search: string }) => ({ search: values.search.trim() || undefined, page: 1 });

  it('refuses a search longer than the register takes, in plain words', async () => {
    expect(await judged('documents:register', { search: 'x'.repeat(101) }, toInput)).toEqual({
      search: 'Enter a search of 100 characters or fewer',
    });
    expect(await judged('documents:register', { search: 'x'.repeat(100) }, toInput)).toEqual({});
  });
});

describe('the report period', () => {
  it('refuses an end before the start on the end field', async () => {
    expect(await judged('reports:annual', { from: '2026-10-01', to: '2026-09-30' }, (v) => v)).toEqual({
      to: 'The end of the period must be on or after its start',
    });
  });
});
