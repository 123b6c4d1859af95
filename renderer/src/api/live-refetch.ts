import type { Query } from '@tanstack/react-query';
import { writeAffectsRead } from '../../../shared/contract/live-reads';

/**
 * The cached reads a committed write of `entity` (on `writeChannel`, when
 * known) can change: those whose channel (`queryKey[0]`, as `useRead` keys
 * them) the contract's live-reads map names for it. A key that is not a
 * channel is refetched, to be safe.
 */
export function readsChangedBy(entity: string, writeChannel?: string): (query: Pick<Query, 'queryKey'>) => boolean {
  return (query) => {
    const channel = query.queryKey[0];
    return typeof channel !== 'string' || writeAffectsRead(entity, channel, writeChannel);
  };
}
