import { z } from 'zod';
import {
  Household,
  HouseholdFilter,
  HouseholdRef,
  HouseholdStatusChange,
  HouseholdSummary,
  HouseholdUpdate,
  NewHousehold,
} from '../schemas/household';
import { read, write } from './define';

export const householdsContract = {
  'households:list': read(HouseholdFilter, z.array(HouseholdSummary)),
  'households:get': read(HouseholdRef, Household),
  'households:create': write('household', NewHousehold, Household),
  'households:update': write('household', HouseholdUpdate, Household),
  'households:changeStatus': write('household', HouseholdStatusChange, Household),
} as const;
