import { z } from 'zod';

const Count = z.number().int().min(0);

/** Per type of item heard at panel: how often the panel's recommendation differed from the service's. */
export const ServiceDisagreements = z.array(
  z.object({
    itemType: z.string(),
    label: z.string(),
    /** Recommendations made (not deferrals) at sittings in the period. */
    heard: Count,
    /** Of those, how many had the service's recommendation recorded with the papers. */
    withServiceRecommendation: Count,
    agreed: Count,
    disagreed: Count,
  }),
);
export type ServiceDisagreements = z.infer<typeof ServiceDisagreements>;
