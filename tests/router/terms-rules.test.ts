import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Sender } from '../../electron/backend/sender';
import type { DecisionCaseView } from '../../shared/schemas/decision';
import type { Household } from '../../shared/schemas/household';
import type { OverLimitTerms } from '../../shared/schemas/over-limit';
import { databaseSnapshot } from '../factories/backend';
import { householdInput } from '../factories/households';
import { openPanelSitting, TERMS, windowSender, type PanelSitting } from '../factories/panel-sitting';
import { settingsVersion } from '../factories/versions';

const ADM = windowSender(42);
const FOUR = { ...TERMS, numberOfChildren: 4, siblingGroup: false, ageTo: 17 };
const LIMIT = /more than the usual fostering limit of three \(Children Act 1989, Schedule 7\)/;

describe('terms of approval: child-specific care and the usual fostering limit', () => {
  let panel: PanelSitting;
  beforeEach(async () => {
    panel = await openPanelSitting();
    panel.userFor(null, 'Priya Shah', ['adm'], ADM, 'adm-user');
  });
  afterEach(() => panel.backend.dispose());

  async function refusedUnchanged(channel: string, input: unknown, sender?: Sender) {
    const before = databaseSnapshot(panel.backend);
    const error = await panel.refused(channel, input, sender);
    expect(databaseSnapshot(panel.backend)).toBe(before);
    return error;
  }
  const bringIn = async (householdType: 'mainstream' | 'connected_person', terms: object) => {
    const created = await panel.as<Household>('households:create', householdInput({ householdType }));
    return {
      created,
      change: { id: created.id, version: created.version, status: 'approved', effectiveDate: '2024-05-01', terms },
    };
  };
  const referDirect = (householdId: string, overrides: Record<string, unknown>) =>
    panel.as<DecisionCaseView>('decisions:referDirect', {
      householdId,
      reportDate: '2026-11-20',
      presentedBy: 'Sam Social',
      reasons: 'Four brothers and sisters from two families need to stay together.',
      admUserId: 'adm-user',
      sentDate: '2026-11-23',
      ...overrides,
    });

  it('offers child-specific (connected person) care to connected persons and refuses it for mainstream carers', async () => {
    const childSpecific = { ...TERMS, typesOfCare: ['child_specific'], namedChildren: ['KB'], numberOfChildren: 1 };
    const connected = await bringIn('connected_person', childSpecific);
    const approved = await panel.as<Household>('households:changeStatus', connected.change);
    expect(approved.terms?.typesOfCare).toEqual(['child_specific']);

    const mainstream = await bringIn('mainstream', childSpecific);
    const error = await refusedUnchanged('households:changeStatus', mainstream.change);
    expect(error).toMatchObject({ code: 'RULE_VIOLATION' });
    expect(error?.fieldErrors?.['terms.typesOfCare']).toBe(
      'Child-specific (connected person) care is only for connected-person households. Choose another type of care.',
    );
    // The panel's recommendation on the mainstream approval is refused the same way.
    const recommended = await refusedUnchanged('recommendations:record', panel.approval({ terms: childSpecific }));
    expect(recommended?.message).toContain('only for connected-person households');
  });

  it('refuses more than three children without a sibling group or an exemption, wherever terms are set', async () => {
    const recommended = await refusedUnchanged('recommendations:record', panel.approval({ terms: FOUR }));
    expect(recommended).toMatchObject({ code: 'RULE_VIOLATION' });
    expect(recommended?.message).toMatch(LIMIT);
    expect(recommended?.fieldErrors?.['terms.numberOfChildren']).toMatch(LIMIT);
    // The sibling-group exception: four brothers and sisters.
    await panel.as('recommendations:record', panel.approval({ terms: { ...FOUR, siblingGroup: true } }));

    const household = await bringIn('mainstream', FOUR);
    expect((await refusedUnchanged('households:changeStatus', household.change))?.message).toMatch(LIMIT);
    const carers = await panel.as<Household>('households:changeStatus', { ...household.change, terms: TERMS });

    await panel.as('settings:update', {
      version: await settingsVersion(panel.as),
      directToAdm: ['exemption', 'change_of_terms'],
    });
    const change = { itemType: 'change_of_terms', outcome: 'new_terms', terms: FOUR };
    const referral = await refusedUnchanged('decisions:referDirect', {
      ...change,
      householdId: carers.id,
      reportDate: '2026-11-20',
      presentedBy: 'Sam Social',
      reasons: 'More room now.',
      admUserId: 'adm-user',
      sentDate: '2026-11-23',
    });
    expect(referral?.message).toMatch(LIMIT);

    // The ADM deciding a change of terms within the limit cannot raise it above three either.
    const within = await referDirect(carers.id, { ...change, terms: { ...TERMS, numberOfChildren: 3 } });
    const decide = {
      itemId: within.case.itemId,
      version: within.case.version,
      verdict: 'agree',
      decidedOn: '2026-11-23',
      terms: FOUR,
      carerAgreed: true,
    };
    expect((await refusedUnchanged('decisions:decide', decide, ADM))?.message).toMatch(LIMIT);

    // With an exemption granted for the household, four children are allowed.
    const exemption = await referDirect(carers.id, {
      itemType: 'exemption',
      outcome: 'recommend_exemption',
      exemption: { children: ['AB', 'CD', 'EF'], conditions: null },
    });
    await panel.as(
      'decisions:decide',
      { itemId: exemption.case.itemId, version: exemption.case.version, verdict: 'agree', decidedOn: '2026-11-23' },
      ADM,
    );
    const decided = await panel.as<DecisionCaseView>('decisions:decide', decide, ADM);
    expect(decided.case.decision?.terms?.numberOfChildren).toBe(4);
  });

  it('lists existing terms above three with neither exception for the administrator, without changing them', async () => {
    const carers = await panel.approvedCarers('Mr and Mrs Many');
    const siblings = await panel.approvedCarers('Mr and Mrs Siblings');
    const sql = panel.backend.store.sqlite;
    const setTerms = (id: string, terms: object) =>
      sql.prepare('UPDATE households SET terms = ? WHERE id = ?').run(JSON.stringify(terms), id);
    setTerms(carers.id, { ...FOUR, numberOfChildren: 5 });
    setTerms(siblings.id, { ...FOUR, siblingGroup: true });
    const before = databaseSnapshot(panel.backend);
    const listed = await panel.as<OverLimitTerms[]>('households:overLimit', {});
    expect(listed).toEqual([
      {
        id: carers.id,
        reference: carers.reference,
        displayName: 'Mr and Mrs Many',
        householdType: 'mainstream',
        status: 'approved',
        numberOfChildren: 5,
      },
    ]);
    expect(databaseSnapshot(panel.backend)).toBe(before);
    expect(await panel.refused('households:overLimit', {}, ADM)).toMatchObject({ code: 'FORBIDDEN' });
  });
});
