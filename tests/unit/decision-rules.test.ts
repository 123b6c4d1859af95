import { describe, expect, it } from 'vitest';
import {
  agreeingDecision,
  decisionOption,
  decisionOptions,
  householdEffect,
  isQualifying,
  letterFor,
} from '../../shared/domain/decisions/decision-rules';
import { OUTCOMES } from '../../shared/domain/recommendations/outcomes';
import { ITEM_TYPES } from '../../shared/domain/sittings/item-types';

describe('what the ADM may decide, and what it does', () => {
  it('has an agreeing decision for every panel outcome of every decided item type, except deferral', () => {
    for (const type of ITEM_TYPES) {
      const options = decisionOptions(type);
      if (options.length === 0) continue;
      for (const outcome of OUTCOMES[type]) {
        const agreeing = agreeingDecision(type, outcome.code);
        if (outcome.code === 'deferred') expect(agreeing, `${type} ${outcome.code}`).toBeNull();
        else expect(options, `${type} ${outcome.code}`).toContain(agreeing);
      }
    }
    expect(decisionOptions('resignation')).toEqual([]);
    expect(decisionOptions('business')).toEqual([]);
  });

  it('makes not approving, terminating and revising terms without agreement qualifying determinations', () => {
    const option = (type: Parameters<typeof decisionOption>[0], code: string) => {
      const found = decisionOption(type, code);
      if (!found) throw new Error(`${type} has no ${code}`);
      return found;
    };
    expect(isQualifying(option('approval_mainstream', 'not_approve'), false)).toBe(true);
    expect(isQualifying(option('approval_mainstream', 'approve'), false)).toBe(false);
    expect(isQualifying(option('termination', 'terminate'), true)).toBe(true);
    expect(isQualifying(option('first_review', 'revise_terms'), false)).toBe(true);
    expect(isQualifying(option('first_review', 'revise_terms'), true)).toBe(false);
    expect(isQualifying(option('change_of_terms', 'new_terms'), true)).toBe(false);
    expect(isQualifying(option('change_of_terms', 'new_terms'), false)).toBe(true);
  });

  it('changes the household and chooses the letter to match', () => {
    expect(householdEffect('approve')).toEqual({ kind: 'approve' });
    expect(householdEffect('not_approve')).toEqual({ kind: 'refuse' });
    expect(householdEffect('new_terms')).toEqual({ kind: 'set-terms' });
    expect(householdEffect('continue')).toEqual({ kind: 'none' });
    expect(letterFor('approve', 'final', false)).toBe('letter-approval');
    expect(letterFor('not_approve', 'proposed', false)).toBe('letter-qualifying-determination');
    expect(letterFor('not_approve', 'final', true)).toBe('letter-final-decision');
    expect(letterFor('terminate', 'final', true)).toBe('letter-termination');
    expect(letterFor('revise_terms', 'final', false)).toBe('letter-review-outcome');
    expect(letterFor('grant_exemption', 'final', false)).toBe('letter-exemption');
    expect(letterFor('refuse_exemption', 'final', false)).toBe('letter-final-decision');
  });
});
