import { z } from 'zod';

/** The notice left when an update raised a quorum rule looser than the regulations (FSR reg 24). */
export const QuorumNotice = z.object({
  notice: z
    .object({
      createdAt: z.string(),
      /** Each part that was raised, in words: what it was, and what it is now. */
      changes: z.array(z.string()),
      acknowledgedAt: z.string().nullable(),
      acknowledgedByName: z.string().nullable(),
    })
    .nullable(),
});
export type QuorumNotice = z.infer<typeof QuorumNotice>;
