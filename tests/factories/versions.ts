import { attendanceVersion } from '../../shared/domain/sittings/attendance-version';

/** Any test caller of the router: the panel caller's `as`, a seat's, an e2e page's. */
type Read = (channel: string, input: unknown) => Promise<unknown>;

/**
 * An attendance write with the version the sitting holds for that member now (0: no row yet). Tests and seeding
 * never write blind either: the channel refuses a write without the version its writer read.
 */
export async function attending<I extends { sittingId: string; memberId?: string }>(
  read: Read,
  input: I,
): Promise<I & { version: number }> {
  const sitting = (await read('sittings:get', { id: input.sittingId })) as {
    attendance: { memberId: string; version: number }[];
  };
  return { ...input, version: attendanceVersion(sitting, input.memberId ?? '') };
}

/** A recommendation write with the version recorded on the item now (0: none recorded yet). */
export async function recommending<I extends { itemId?: string }>(
  read: Read,
  input: I,
): Promise<I & { version: number }> {
  const recorded = (await read('recommendations:get', { itemId: input.itemId })) as { version: number } | null;
  return { ...input, version: recorded?.version ?? 0 };
}

/** The settings' version now (0: never saved), for a settings write: every one is made against the version read. */
export async function settingsVersion(read: (channel: string, input: object) => Promise<unknown>): Promise<number> {
  return ((await read('settings:get', {})) as { version: number }).version;
}
