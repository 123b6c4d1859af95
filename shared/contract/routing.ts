import { z } from 'zod';
import { HouseholdRef } from '../schemas/household';
import { HouseholdReviews, ReviewWithoutPanel, RoutingNotice } from '../schemas/routing';
import { read, write } from './define';

/** Reviews after the first (FSR reg 28) and the notice left when approvals moved back to panel. */
export const routingContract = {
  'reviews:forHousehold': read(HouseholdRef, HouseholdReviews),
  'reviews:recordWithoutPanel': write('review', ReviewWithoutPanel, HouseholdReviews),
  'routing:notice': read(z.object({}).strict(), RoutingNotice),
  'routing:acknowledgeNotice': write('notice', z.object({}).strict(), RoutingNotice),
} as const;
