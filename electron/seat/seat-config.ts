import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomically } from '../backend/audit/key-store';
import { ensureOwnerOnlyFolder } from '../../db/owner-only';

/**
 * How this computer works, chosen once at first run and kept in the local
 * user data folder (owner-only): on its own data, or as a seat of a service
 * whose certificate fingerprint the user confirmed (null: the operating
 * system's trust).
 */
export const SeatConfig = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('local') }),
  z.object({
    mode: z.literal('seat'),
    address: z.string(),
    fingerprint: z.string().nullable(),
    seatName: z.string(),
  }),
]);
export type SeatConfig = z.infer<typeof SeatConfig>;

export const SEAT_CONFIG_FILE = 'seat.json';

/** The saved choice, or null before the first run's choice. A damaged file stops the app rather than guess. */
export function readSeatConfig(file: string): SeatConfig | null {
  if (!existsSync(file)) return null;
  const parsed = SeatConfig.safeParse(safeJson(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(`${file} is damaged. Remove it to choose again how this computer works, then restart.`);
  return parsed.data;
}

export function writeSeatConfig(file: string, config: SeatConfig): void {
  ensureOwnerOnlyFolder(path.dirname(file));
  writeFileAtomically(file, `${JSON.stringify(config, null, 2)}\n`, 0o600);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
