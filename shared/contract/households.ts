import { z } from 'zod';
import {
  Household,
  HouseholdFilter,
  HouseholdPage,
  HouseholdPageFilter,
  HouseholdRef,
  HouseholdStatusChange,
  HouseholdSummary,
  HouseholdUpdate,
  NewHousehold,
} from '../schemas/household';
import { CaseChain, CaseChainRef, RecordDelayReason } from '../schemas/case-chain';
import { OverLimitTerms } from '../schemas/over-limit';
import { read, write } from './define';

export const householdsContract = {
  'households:list': read(HouseholdFilter, z.array(HouseholdSummary)),
  /** The households list page, a page at a time. */
  'households:page': read(HouseholdPageFilter, HouseholdPage),
  'households:get': read(HouseholdRef, Household),
  'households:create': write('household', NewHousehold, Household),
  'households:update': write('household', HouseholdUpdate, Household),
  'households:changeStatus': write('household', HouseholdStatusChange, Household),
  /** Terms in force above the usual fostering limit with neither exception, for the administrator to act on. */
  'households:overLimit': read(z.object({}).strict(), z.array(OverLimitTerms)),
  /** Every statutory step the household's cases passed through, with its rule, due and actual dates. */
  'households:caseChain': read(CaseChainRef, CaseChain),
  /** Why a late or overdue step was late: a reason from the service's list and an optional note. */
  'households:recordDelayReason': write('delay reason', RecordDelayReason, CaseChain),
} as const;
