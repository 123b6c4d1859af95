export const DAILY_TO_KEEP = 14;
export const MONTHLY_TO_KEEP = 12;

/**
 * Which verified backups to keep: the newest of each of the last 14 days that
 * have one, and the newest of each of the last 12 months that have one.
 * Everything else may be deleted. Pure, so it is tested on its own.
 */
export function backupsToKeep(
  backups: readonly { name: string; createdAt: string }[],
  daily = DAILY_TO_KEEP,
  monthly = MONTHLY_TO_KEEP,
): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keep = new Set<string>();
  const days = new Set<string>();
  const months = new Set<string>();
  for (const backup of newestFirst) {
    const day = backup.createdAt.slice(0, 10);
    const month = backup.createdAt.slice(0, 7);
    if (!days.has(day) && days.size < daily) {
      days.add(day);
      keep.add(backup.name);
    }
    if (!months.has(month) && months.size < monthly) {
      months.add(month);
      keep.add(backup.name);
    }
  }
  return keep;
}
