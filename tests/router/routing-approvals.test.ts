import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReferralOptions } from '../../shared/schemas/direct-referral';
import type { Household } from '../../shared/schemas/household';
import type { AppSettings } from '../../shared/schemas/settings';
import { databaseSnapshot } from '../factories/backend';
import { householdInput } from '../factories/households';
import { openPanelSitting, windowSender, type PanelSitting } from '../factories/panel-sitting';
import { settingsVersion } from '../factories/versions';

const ADM = windowSender(42);

/** FSR reg 25, 27: an application for approval must be considered by panel; it cannot skip to the ADM. */
describe('approvals always go to panel', () => {
  let panel: PanelSitting;
  beforeEach(async () => {
    panel = await openPanelSitting();
    panel.userFor(null, 'Priya Shah', ['adm'], ADM, 'adm-user');
  });
  afterEach(() => panel.backend.dispose());

  it('refuses an approval type in the routing setting, saying approvals must go to panel', async () => {
    const before = databaseSnapshot(panel.backend);
    for (const type of ['approval_mainstream', 'approval_specialist', 'approval_connected_person']) {
      const error = await panel.refused('settings:update', {
        version: await settingsVersion(panel.as),
        directToAdm: ['termination', type],
      });
      expect(error).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect(error?.fieldErrors?.['directToAdm.1']).toMatch(/must be considered by panel \(FSR reg 25 and 27\)/);
    }
    expect(databaseSnapshot(panel.backend)).toBe(before);
    const settings = await panel.as<AppSettings>('settings:get', {});
    expect(settings.directToAdm).toEqual([]);
  });

  it('keeps the types the service may lawfully decide without panel', async () => {
    const lawful = ['other_review', 'change_of_terms', 'termination', 'exemption'];
    const settings = await panel.as<AppSettings>('settings:update', {
      version: await settingsVersion(panel.as),
      directToAdm: lawful,
    });
    expect(settings.directToAdm).toEqual(lawful);
    const options = await panel.as<ReferralOptions>('decisions:referralOptions', {});
    expect(options.types.map((t) => t.itemType)).toEqual(lawful);
  });

  it('refuses to send an application straight to the ADM', async () => {
    const applicant = await panel.as<Household>('households:create', householdInput());
    const before = databaseSnapshot(panel.backend);
    const error = await panel.refused('decisions:referDirect', {
      householdId: applicant.id,
      itemType: 'approval_mainstream',
      reportDate: '2026-11-20',
      presentedBy: 'Sam Social',
      outcome: 'suitable',
      reasons: 'A thorough assessment.',
      admUserId: 'adm-user',
      sentDate: '2026-11-23',
    });
    expect(error?.fieldErrors?.itemType).toMatch(/must be considered by panel \(FSR reg 25 and 27\)/);
    expect(databaseSnapshot(panel.backend)).toBe(before);
  });
});
