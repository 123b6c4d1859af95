import { caseChain } from '../../../shared/domain/chain/case-chain';
import type { CaseChain, ChainStep } from '../../../shared/schemas/case-chain';
import type { ReadableDb } from '../../../db/connection';
import { caseChainRecords } from '../../../db/repositories/case-chain-repository';
import { readSettings } from '../../../db/repositories/settings-repository';
import { notFound } from '../../backend/domain-error';
import { serviceCalendar } from '../../backend/service-clocks';

export interface HouseholdChain {
  householdId: string;
  reference: string;
  displayName: string;
  steps: ChainStep[];
}

/** Each household's chain (one household's, or every household's), on the service's clocks and calendar. */
export function householdChains(db: ReadableDb, householdId: string | null, today: string): HouseholdChain[] {
  const settings = readSettings(db);
  const calendar = serviceCalendar(settings);
  return caseChainRecords(db, householdId).map(({ facts, recordedOn, delays }) => ({
    householdId: facts.household.id,
    reference: facts.household.reference,
    displayName: facts.household.displayName,
    steps: caseChain(facts, { today, clocks: settings.clocks, calendar, delays, recordedOn }),
  }));
}

/** One household's chain as the page and its document show it, with the service's reasons for delay. */
export function caseChainView(db: ReadableDb, householdId: string, today: string): CaseChain {
  const [chain] = householdChains(db, householdId, today);
  if (!chain) throw notFound('This household');
  return { ...chain, today, delayReasons: [...readSettings(db).delayReasons] };
}
