import type { ExemptionDetailsInput } from '../../shared/schemas/exemption';
import type { DemoHousehold } from './context';

const INITIALS = ['AB', 'JM', 'KL', 'RT', 'SP', 'DW', 'EH', 'LC', 'MN', 'TO'];

/**
 * The children an exemption covers and its conditions, as the demo's panel
 * recommends them. Worked out from the household's reference rather than the
 * random stream, so adding it leaves every seeded history as it was.
 */
export function exemptionFor(household: DemoHousehold | null): ExemptionDetailsInput {
  const reference = household?.reference ?? 'x';
  let seed = 0;
  for (let i = 0; i < reference.length; i += 1) seed += reference.charCodeAt(i);
  const children = [0, 1].map((i) => INITIALS[(seed + i * 3) % INITIALS.length] ?? 'AB');
  return {
    children,
    conditions:
      'Only while the children named stay in the placement together; reviewed at the carers’ next annual review.',
  };
}
