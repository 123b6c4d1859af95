import { describe, expect, it } from 'vitest';
// The merge of a stale save is plain data: read from the renderer's forms like the resolver is.
// eslint-disable-next-line no-restricted-imports
import { mergeConflict } from '../../renderer/src/forms/conflict';

/** What the form loaded, what the other seat saved, what this user typed. */
const base = { reasons: 'Loaded reasons.', keyIssues: '', membersViews: '' };
const stale = (current: typeof base) => ({
  changedBy: 'Margaret Ellis',
  changedAt: '2026-11-23T10:32:00Z',
  version: 3,
  current,
});

describe('three-way merge of a stale save', () => {
  it('takes a field only they changed, keeps one only I changed, and shows one we both changed', () => {
    const theirs = { reasons: 'Their reasons.', keyIssues: '', membersViews: 'Their views.' };
    const mine = { reasons: 'My reasons.', keyIssues: 'My key issues.', membersViews: '' };
    const { conflict, values } = mergeConflict(stale(theirs), base, mine, undefined);
    expect(conflict.applied).toEqual([{ key: 'membersViews', theirs: 'Their views.' }]);
    expect(conflict.fields).toEqual([{ key: 'reasons', theirs: 'Their reasons.' }]);
    // Their unchanged (blank) key issues must not be offered over what I typed.
    expect(conflict.fields.map((field) => field.key)).not.toContain('keyIssues');
    expect(values).toEqual({ reasons: 'My reasons.', keyIssues: 'My key issues.', membersViews: 'Their views.' });
  });
});
