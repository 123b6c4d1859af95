/** Failed logins allowed before a wait is imposed. */
export const FREE_ATTEMPTS = 5;
const FIRST_DELAY_SECONDS = 30;
const MAX_DELAY_SECONDS = 15 * 60;

/**
 * How long to wait after `failures` consecutive failed attempts: nothing for
 * the first five, then 30 seconds, doubling each time, at most 15 minutes.
 */
export function loginDelaySeconds(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(FIRST_DELAY_SECONDS * 2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_SECONDS);
}

/** "30 seconds", "2 minutes", "1 minute and 30 seconds". */
export function describeWait(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (minutes === 0) return part(rest, 'second');
  return rest === 0 ? part(minutes, 'minute') : `${part(minutes, 'minute')} and ${part(rest, 'second')}`;
}
