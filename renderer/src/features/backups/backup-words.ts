/** Why each backup was made, in words. */
const REASONS: Record<string, string> = {
  daily: 'Daily backup',
  'on-demand': 'Backed up on request',
  'before-restore': 'Safety copy before a restore',
  'pre-migration': 'Safety copy before an app update',
};

export function describeReason(reason: string): string {
  return REASONS[reason] ?? `Other (${reason})`;
}
