import { describe, expect, it } from 'vitest';
import { allowedOutcomes, checkOutcome, checkVotes } from '../../shared/domain/recommendations/outcomes';
import { ITEM_TYPES } from '../../shared/domain/sittings/item-types';

describe('outcomes per item type', () => {
  it('gives every item type at least one outcome, with unique codes', () => {
    for (const type of ITEM_TYPES) {
      const codes = allowedOutcomes(type).map((o) => o.code);
      expect(codes.length).toBeGreaterThan(0);
      expect(new Set(codes).size).toBe(codes.length);
    }
  });

  it('follows domain.md for approvals, first reviews, extensions, terminations and resignations', () => {
    expect(allowedOutcomes('approval_mainstream').map((o) => o.code)).toEqual(['suitable', 'not_suitable', 'deferred']);
    expect(allowedOutcomes('first_review').map((o) => o.code)).toEqual([
      'remains_suitable_terms_unchanged',
      'remains_suitable_terms_revised',
      'no_longer_suitable',
      'deferred',
    ]);
    expect(allowedOutcomes('temporary_approval_extension').map((o) => o.code)).toEqual(['views_for', 'views_against']);
    expect(allowedOutcomes('termination').map((o) => o.code)).toEqual(['terminate', 'do_not_terminate', 'deferred']);
    expect(allowedOutcomes('resignation').map((o) => o.code)).toEqual(['noted']);
  });

  it('asks for terms exactly where the outcome sets or revises them', () => {
    const withTerms = ITEM_TYPES.flatMap((t) =>
      allowedOutcomes(t)
        .filter((o) => o.needsTerms)
        .map((o) => `${t}:${o.code}`),
    );
    expect(withTerms).toEqual([
      'approval_mainstream:suitable',
      'approval_specialist:suitable',
      'approval_connected_person:suitable',
      'first_review:remains_suitable_terms_revised',
      'other_review:revise_terms',
      'change_of_terms:new_terms',
      'representations:changed',
    ]);
  });

  it('refuses an outcome the item type does not allow, naming those it does', () => {
    expect(checkOutcome('resignation', 'suitable')).toEqual({
      ok: false,
      message: 'For this item the panel can recommend: resignation noted.',
    });
    expect(checkOutcome('approval_mainstream', 'suitable')).toMatchObject({ ok: true, outcome: { needsTerms: true } });
  });
});

describe('votes against attendance', () => {
  it('needs no counts when unanimous', () => {
    expect(checkVotes({ unanimous: true, for: 0, against: 0, abstaining: 0 }, 6)).toBeNull();
  });

  it('must account for every member present and not withdrawn', () => {
    expect(checkVotes({ unanimous: false, for: 4, against: 1, abstaining: 1 }, 6)).toBeNull();
    expect(checkVotes({ unanimous: false, for: 4, against: 1, abstaining: 1 }, 5)).toBe(
      'The votes add up to 6, but 5 members are present and not withdrawn for this item.',
    );
    expect(checkVotes({ unanimous: false, for: 0, against: 0, abstaining: 0 }, 1)).toContain('1 member is present');
    expect(checkVotes({ unanimous: false, for: -1, against: 4, abstaining: 2 }, 5)).toBe(
      'Votes must be whole numbers, 0 or more.',
    );
  });
});
