import type { DemoContext } from './context';
import { asAdmin } from './context';

const ENDINGS = new Set(['resigned', 'terminated', 'refused', 'withdrawn']);

/**
 * FSR reg 32 counts a connected person's retention from the end of the
 * placement. The service enters it on the household page once it knows; the
 * demo enters it for three in four connected households whose approval or
 * application ended (the placement ending with it), and leaves the rest
 * "waiting for the placement end date" so the retention screen shows both.
 */
export async function recordPlacementEnds(ctx: DemoContext): Promise<void> {
  const ended = ctx.households.filter((h) => h.type === 'connected_person' && h.status === 'ended');
  for (const [index, demo] of ended.entries()) {
    if (index % 4 === 3) continue;
    const household = await asAdmin(ctx, 'households:get', { id: demo.id });
    const ending = household.history.find((entry) => ENDINGS.has(entry.status));
    if (!ending || ending.effectiveDate > ctx.today || household.children.length === 0) continue;
    await asAdmin(ctx, 'households:update', {
      ...household,
      children: household.children.map((child) => ({
        ...child,
        placementEndedOn:
          child.placementDate && child.placementDate > ending.effectiveDate
            ? child.placementDate
            : ending.effectiveDate,
      })),
    });
  }
}
