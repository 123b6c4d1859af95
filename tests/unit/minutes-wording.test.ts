import { describe, expect, it } from 'vitest';
import { voteWording } from '../../shared/documents/minutes/recommendation-block';
import { termsWording } from '../../shared/documents/minutes/terms-wording';

describe('minutes wording', () => {
  it('puts terms of approval into words', () => {
    expect(
      termsWording({
        typesOfCare: ['long_term', 'respite'],
        numberOfChildren: 1,
        ageFrom: 4,
        ageTo: 4,
        gender: 'female',
        namedChildren: ['JS', 'AB'],
        siblingGroup: false,
      }),
    ).toEqual([
      ['Types of care', 'Long-term, Respite or short break'],
      ['Number of children', '1'],
      ['Age range', 'aged 4'],
      ['Gender', 'Female'],
      ['Named children', 'JS, AB'],
      ['Sibling group', 'No'],
    ]);
  });

  it('says a unanimous vote with its size, and a split vote in full', () => {
    const vote = { unanimous: true, votesFor: 0, votesAgainst: 0, votesAbstaining: 0 };
    expect(voteWording(vote, 5)).toBe('Unanimous (5 members)');
    expect(voteWording({ ...vote, votesFor: 1 }, 5)).toBe('Unanimous (1 member)');
    expect(voteWording({ unanimous: false, votesFor: 3, votesAgainst: 1, votesAbstaining: 1 }, 5)).toBe(
      'For 3, against 1, abstaining 1',
    );
  });
});
