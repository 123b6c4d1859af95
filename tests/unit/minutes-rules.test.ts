import { describe, expect, it } from 'vitest';
import { canonicalJson, goesToAdm, unresolvedItems } from '../../shared/domain/minutes/assemble-minutes';
import type { MinutesContent, MinutesItem } from '../../shared/schemas/minutes';

const item = (overrides: Partial<MinutesItem>): MinutesItem => ({
  itemId: 'i1',
  number: 1,
  itemType: 'approval_mainstream',
  typeLabel: 'Approval (mainstream)',
  title: null,
  householdReference: 'FC-1',
  status: 'scheduled',
  statusReason: null,
  presenters: [],
  attendees: [],
  declarations: [],
  quorum: { quorate: true, membersCounted: 5, failures: [] },
  papersConsidered: null,
  discussion: null,
  actions: null,
  recommendation: null,
  ...overrides,
});

const recommendation = (outcome: string): NonNullable<MinutesItem['recommendation']> => ({
  outcome,
  outcomeLabel: outcome,
  terms: null,
  reasons: 'Reasons',
  keyIssues: null,
  membersViews: null,
  unanimous: true,
  votesFor: 5,
  votesAgainst: 0,
  votesAbstaining: 0,
  dissent: [],
  outstanding: null,
  reportQualityRating: null,
  reportQualityComment: null,
  recordedBy: 'Chair',
});

describe('the minutes’ rules', () => {
  it('hashes the same content the same way whatever order its keys were built in', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { y: 1, x: null }], c: 'é' } })).toBe(
      canonicalJson({ a: { c: 'é', d: [2, { x: null, y: 1 }] }, b: 1 }),
    );
    expect(canonicalJson({ a: 1, skipped: undefined })).toBe('{"a":1}');
    expect(canonicalJson([1, 'two', true, null])).toBe('[1,"two",true,null]');
  });

  it('sends to the ADM every recommendation except deferrals, resignations, extensions and business items', () => {
    expect(goesToAdm(item({ recommendation: recommendation('suitable') }))).toBe(true);
    expect(goesToAdm(item({ itemType: 'termination', recommendation: recommendation('terminate') }))).toBe(true);
    expect(goesToAdm(item({ itemType: 'resignation', recommendation: recommendation('noted') }))).toBe(false);
    expect(
      goesToAdm(item({ itemType: 'temporary_approval_extension', recommendation: recommendation('views_for') })),
    ).toBe(false);
    expect(goesToAdm(item({ recommendation: recommendation('deferred') }))).toBe(false);
    expect(goesToAdm(item({ itemType: 'business', recommendation: recommendation('noted') }))).toBe(false);
    expect(goesToAdm(item({ recommendation: null }))).toBe(false);
  });

  it('names the items still waiting for an outcome before approval', () => {
    const content = {
      items: [
        item({ number: 1, status: 'heard', recommendation: recommendation('suitable') }),
        item({ number: 2, status: 'withdrawn', statusReason: 'Not ready' }),
        item({ number: 3, itemType: 'business', typeLabel: 'Business', householdReference: null }),
        item({ number: 4 }),
      ],
    } as MinutesContent;
    expect(unresolvedItems(content)).toEqual(['3. Business', '4. Approval (mainstream) (FC-1)']);
  });
});
