import { describe, expect, it } from 'vitest';
import { backupsToKeep } from '../../electron/features/backups/rotation';

function daily(days: number, from = Date.UTC(2026, 10, 23, 9)): { name: string; createdAt: string }[] {
  return Array.from({ length: days }, (_, i) => {
    const at = new Date(from - i * 24 * 3600 * 1000).toISOString();
    return { name: `b-${at.slice(0, 10)}`, createdAt: at };
  });
}

describe('backup rotation', () => {
  it('keeps everything while there are fewer than 14 days', () => {
    const backups = daily(10);
    expect(backupsToKeep(backups).size).toBe(10);
  });

  it('keeps the newest of each of 14 days and of each of 12 months', () => {
    const backups = daily(500);
    const keep = backupsToKeep(backups);
    const kept = backups.filter((b) => keep.has(b.name)).map((b) => b.createdAt.slice(0, 10));
    // 14 most recent days, plus the newest backup of each of the 11 older months.
    expect(kept.slice(0, 14)).toEqual(daily(14).map((b) => b.createdAt.slice(0, 10)));
    expect(keep.size).toBe(14 + 11);
    expect(new Set(kept.map((d) => d.slice(0, 7))).size).toBe(12);
    expect(kept).toContain('2026-09-30');
    expect(kept).not.toContain('2026-09-29');
  });

  it('keeps only the newest of several backups on one day', () => {
    const backups = [
      { name: 'morning', createdAt: '2026-11-23T08:00:00.000Z' },
      { name: 'evening', createdAt: '2026-11-23T18:00:00.000Z' },
    ];
    expect([...backupsToKeep(backups)]).toEqual(['evening']);
  });
});
