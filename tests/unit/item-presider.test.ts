import { describe, expect, it } from 'vitest';
import { panelDisagreedWithService } from '../../shared/domain/recommendations/service-agreement';
import { itemPresiding } from '../../shared/domain/sittings/item-presider';
import type { Attendance, PanelMember } from '../../shared/domain/sittings/quorum';

const member = (memberId: string, listRole: PanelMember['listRole'] = 'member'): PanelMember => ({
  memberId,
  name: memberId === 'chair' ? 'Margaret Ellis' : memberId === 'vice' ? 'David Okafor' : memberId,
  listRole,
  independent: true,
  socialWorkerPqe3: false,
});

const present = (m: PanelMember, more: Partial<Attendance> = {}): Attendance => ({
  member: m,
  status: 'present',
  ...more,
});

describe('who presides an item', () => {
  const vice = present(member('vice', 'vice_chair'));

  it('is the sitting’s presider while they are present and have not withdrawn', () => {
    expect(itemPresiding([present(member('chair', 'chair')), vice], 2, [], 'chair', null)).toEqual({
      presiderId: 'chair',
      standIn: false,
      problem: null,
      sittingPresiderAway: null,
    });
  });

  it('names why the sitting’s presider cannot preside: withdrawn, not yet arrived, left, not present', () => {
    const cases: [Attendance, { memberId: string; withdrew: boolean }[], string][] = [
      [present(member('chair', 'chair')), [{ memberId: 'chair', withdrew: true }], 'had withdrawn from this item'],
      [present(member('chair', 'chair'), { arrivedBeforeItem: 3 }), [], 'had not yet arrived for this item'],
      [present(member('chair', 'chair'), { leftAfterItem: 1 }), [], 'had left before this item'],
      [{ member: member('chair', 'chair'), status: 'apologies' }, [], 'was not present for this item'],
    ];
    for (const [chair, declarations, words] of cases) {
      const result = itemPresiding([chair, vice], 2, declarations, 'chair', null);
      expect(result.presiderId).toBeNull();
      expect(result.problem).toBe(
        `Margaret Ellis, presiding at this sitting, ${words}. Record the chair or a vice chair who presides this item.`,
      );
    }
  });

  it('is the stand-in recorded for the item, with why the chair did not preside', () => {
    const chair = present(member('chair', 'chair'), { leftAfterItem: 1 });
    expect(itemPresiding([chair, vice], 2, [], 'chair', 'vice')).toEqual({
      presiderId: 'vice',
      standIn: true,
      problem: null,
      sittingPresiderAway: 'the chair had left',
    });
  });

  it('refuses a stand-in who has since withdrawn from the item', () => {
    const result = itemPresiding(
      [present(member('chair', 'chair')), vice],
      1,
      [{ memberId: 'vice', withdrew: true }],
      'chair',
      'vice',
    );
    expect(result).toMatchObject({
      presiderId: null,
      problem: 'David Okafor, recorded to preside this item, had withdrawn from this item.',
    });
  });
});

describe('whether the panel disagreed with the service', () => {
  it('compares outcome codes; the same outcome with other terms is agreement; a deferral is neither', () => {
    expect(panelDisagreedWithService('continue', 'revise_terms')).toBe(true);
    expect(panelDisagreedWithService('suitable', 'suitable')).toBe(false);
    expect(panelDisagreedWithService('deferred', 'suitable')).toBeNull();
  });
});
