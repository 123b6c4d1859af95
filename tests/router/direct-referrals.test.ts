import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Packer } from 'docx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildLetter } from '../../shared/documents/letters';
import type { DecisionCaseView, DecisionQueue } from '../../shared/schemas/decision';
import type { ReferralOptions } from '../../shared/schemas/direct-referral';
import type { Household } from '../../shared/schemas/household';
import type { AppSettings } from '../../shared/schemas/settings';
import { databaseSnapshot, tempFolder } from '../factories/backend';
import { docxText } from '../factories/docx-text';
import { agency } from '../factories/letter-views';
import { openPanelSitting, windowSender, type PanelSitting } from '../factories/panel-sitting';
import { settingsVersion } from '../factories/versions';

const ADM = windowSender(42);

/** The DfE consulted in 2026 on removing panels from approvals: an item type switched off goes straight to the ADM. */
describe('cases sent straight to the ADM when their item type is switched off at panel', () => {
  let panel: PanelSitting;
  let carers: Household;

  const referral = (overrides: Record<string, unknown> = {}) => ({
    householdId: carers.id,
    itemType: 'exemption',
    reportDate: '2026-11-20',
    presentedBy: 'Sam Social',
    outcome: 'recommend_exemption',
    exemption: { children: ['AB', 'CD', 'EF'], conditions: null },
    reasons: 'A sibling group of three; the carers have room and the children know them.',
    admUserId: 'adm-user',
    sentDate: '2026-11-23',
    ...overrides,
  });

  beforeEach(async () => {
    panel = await openPanelSitting();
    panel.userFor(null, 'Priya Shah', ['adm'], ADM, 'adm-user');
    carers = await panel.approvedCarers('Mr and Mrs Kindly');
  });
  afterEach(() => panel.backend.dispose());

  it('refuses to switch a type off while items of it wait on the agenda of a sitting not yet held', async () => {
    await panel.as('items:add', {
      sittingId: panel.sitting.id,
      householdId: carers.id,
      itemType: 'termination',
      durationMinutes: 20,
    });
    const before = databaseSnapshot(panel.backend);
    const error = await panel.refused('settings:update', {
      version: await settingsVersion(panel.as),
      directToAdm: ['termination'],
    });
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(error?.fieldErrors?.directToAdm).toMatch(
      /Termination of approval cannot go straight to the ADM yet: an item of that kind is on the agenda of a sitting not yet held \(the first on 23 November 2026\)/,
    );
    expect(databaseSnapshot(panel.backend)).toBe(before);
  });

  it('refuses types that must go to panel, and says what the settings allow', async () => {
    const error = await panel.refused('settings:update', {
      version: await settingsVersion(panel.as),
      directToAdm: ['first_review'],
    });
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(JSON.stringify(error)).toContain('can skip panel');
    const approval = await panel.refused('settings:update', {
      version: await settingsVersion(panel.as),
      directToAdm: ['approval_mainstream'],
    });
    expect(JSON.stringify(approval)).toContain('must be considered by panel (FSR reg 25 and 27)');
  });

  it('refuses a referral while its type still goes to panel', async () => {
    const error = await panel.refused('decisions:referDirect', referral());
    expect(error?.fieldErrors?.itemType).toMatch(/goes to panel under the service’s settings/);
  });

  it('sends the case to the ADM on the service’s report, with the same clock, and the ADM decides it', async () => {
    const settings = await panel.as<AppSettings>('settings:update', {
      version: await settingsVersion(panel.as),
      directToAdm: ['exemption'],
    });
    expect(settings.directToAdm).toEqual(['exemption']);
    const options = await panel.as<ReferralOptions>('decisions:referralOptions', {});
    expect(options.types.map((t) => t.itemType)).toEqual(['exemption']);
    expect(options.types[0]?.outcomes.map((o) => o.code)).toEqual(['recommend_exemption', 'do_not_recommend']);
    expect(options.admChoices).toEqual([{ userId: 'adm-user', name: 'Priya Shah' }]);

    const addToPanel = await panel.refused('items:add', {
      sittingId: panel.sitting.id,
      householdId: carers.id,
      itemType: 'exemption',
      durationMinutes: 20,
    });
    expect(addToPanel?.fieldErrors?.itemType).toMatch(/goes straight to the ADM, not to panel/);

    const sent = await panel.as<DecisionCaseView>('decisions:referDirect', referral());
    expect(sent).toMatchObject({
      sitting: null,
      minutesItem: null,
      approval: null,
      agreeingCode: 'grant_exemption',
      directReferral: { outcomeLabel: 'Recommend the exemption', presentedBy: 'Sam Social', reportDate: '2026-11-20' },
      case: { withoutPanel: true, state: 'awaiting', minutesReceivedOn: '2026-11-23', decisionDue: '2026-12-02' },
    });
    const itemId = sent.case.itemId;

    const again = await panel.refused('decisions:referDirect', referral());
    expect(again?.fieldErrors?.itemType).toMatch(/already with the ADM/);

    const queue = await panel.as<DecisionQueue>('decisions:queue', { mine: true }, ADM);
    expect(queue.waiting).toEqual([
      expect.objectContaining({ itemId, sittingDate: null, householdReference: carers.reference }),
    ]);
    expect(queue.waiting[0]?.label).toContain('(no panel)');

    const view = await panel.as<DecisionCaseView>('decisions:get', { itemId }, ADM);
    expect(view.cannotDecide).toBeNull();
    const decided = await panel.as<DecisionCaseView>(
      'decisions:decide',
      { itemId, version: view.case.version, verdict: 'agree', decidedOn: '2026-11-23' },
      ADM,
    );
    expect(decided.case).toMatchObject({
      state: 'decided',
      decision: { verdict: 'agree', code: 'grant_exemption', reasons: referral().reasons },
    });

    const file = path.join(tempFolder(), 'record.docx');
    const record = buildLetter('letter-decision-record', {
      agency: agency(),
      letterDate: '2026-11-24',
      subject: { kind: 'case', view: decided },
    });
    writeFileSync(file, await Packer.toBuffer(record));
    const text = docxText(file);
    expect(text).toContain('None: decided on the service’s report of 20 November 2026');
    expect(text).toContain('The fostering service’s recommendation');
    expect(text).toContain('I agree with the fostering service’s recommendation.');
    expect(text).not.toContain('The panel’s recommendation');
    expect(readFileSync(file).length).toBeGreaterThan(0);
  });

  it('checks the referral: the household, the outcome and its terms, the dates and the ADM', async () => {
    await panel.as('settings:update', {
      version: await settingsVersion(panel.as),
      directToAdm: ['exemption', 'other_review', 'change_of_terms'],
    });
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ itemType: 'other_review', outcome: 'continue' }, 'reviewKind', /Choose the kind of review/],
      [{ outcome: 'deferred' }, 'outcome', /from the list/],
      [{ itemType: 'change_of_terms', outcome: 'new_terms' }, 'terms', /recommended terms/],
      [{ reportDate: '2026-12-01' }, 'reportDate', /cannot be in the future/],
      [{ sentDate: '2026-11-19' }, 'sentDate', /dated 20 November 2026/],
      [{ admUserId: 'nobody' }, 'admUserId', /ADM role/],
    ];
    const before = databaseSnapshot(panel.backend);
    for (const [overrides, field, message] of cases) {
      const error = await panel.refused('decisions:referDirect', referral(overrides));
      expect(error?.fieldErrors?.[field], JSON.stringify(overrides)).toMatch(message);
    }
    expect(databaseSnapshot(panel.backend)).toBe(before);
  });

  it('lets the ADM disagree with the service, with reasons, and says so', async () => {
    await panel.as('settings:update', { version: await settingsVersion(panel.as), directToAdm: ['exemption'] });
    const sent = await panel.as<DecisionCaseView>('decisions:referDirect', referral());
    const noReasons = await panel.refused(
      'decisions:decide',
      {
        itemId: sent.case.itemId,
        version: sent.case.version,
        verdict: 'disagree',
        decisionCode: 'refuse_exemption',
        decidedOn: '2026-11-23',
      },
      ADM,
    );
    expect(noReasons?.fieldErrors?.reasons).toBe('Give your reasons for disagreeing with the service');
    const decided = await panel.as<DecisionCaseView>(
      'decisions:decide',
      {
        itemId: sent.case.itemId,
        version: sent.case.version,
        verdict: 'disagree',
        decisionCode: 'refuse_exemption',
        reasons: 'The home is already at its limit.',
        decidedOn: '2026-11-23',
      },
      ADM,
    );
    expect(decided.case.decision).toMatchObject({ verdict: 'disagree', code: 'refuse_exemption' });
  });
});
