import { describe, expect, it } from 'vitest';
import {
  extensionTooLate,
  irmExtensionRefusal,
  ordinaryExtensionRefusal,
  temporaryApprovalEnd,
} from '../../shared/domain/decisions/extension-rules';

/** domain.md's worked example: temporary approval from Mon 2 Mar 2026 ends Sun 21 Jun 2026; 8 weeks more, Sun 16 Aug. */
describe('CPPCR reg 25 extension rules', () => {
  const ordinary = { kind: 'ordinary' as const, newEnd: '2026-08-16', endedOn: null };
  const openIrm = { kind: 'irm' as const, newEnd: null, endedOn: null };

  it('moves the end by the ordinary extension and holds it open until the IRM outcome', () => {
    expect(temporaryApprovalEnd('2026-06-21', [])).toEqual({ kind: 'date', date: '2026-06-21' });
    expect(temporaryApprovalEnd('2026-06-21', [ordinary])).toEqual({ kind: 'date', date: '2026-08-16' });
    expect(temporaryApprovalEnd('2026-06-21', [ordinary, openIrm])).toEqual({ kind: 'until_irm_outcome' });
    expect(temporaryApprovalEnd('2026-06-21', [{ ...openIrm, endedOn: '2026-10-01' }])).toEqual({
      kind: 'ended_on_final_decision',
      date: '2026-10-01',
    });
  });

  it('refuses a second ordinary extension naming the IRM route, and an IRM extension without an application', () => {
    expect(ordinaryExtensionRefusal('Ms Kin', [])).toBeNull();
    expect(ordinaryExtensionRefusal('Ms Kin', [ordinary])).toMatch(
      /already extended once, to 16 August 2026\..*Independent Review Mechanism \(IRM\)/,
    );
    expect(irmExtensionRefusal('Ms Kin', [ordinary], true)).toBeNull();
    expect(irmExtensionRefusal('Ms Kin', [], false)).toContain('has not applied to the Independent Review Mechanism');
    expect(irmExtensionRefusal('Ms Kin', [openIrm], true)).toContain('already extended until the outcome');
  });

  it('must be decided before the current approval ends: the last day is in time', () => {
    const end = { kind: 'date' as const, date: '2026-06-21' };
    expect(extensionTooLate('2026-06-21', end)).toBeNull();
    expect(extensionTooLate('2026-06-22', end)).toContain('ended on 21 June 2026');
    expect(extensionTooLate('2027-01-01', { kind: 'until_irm_outcome' })).toBeNull();
  });
});
