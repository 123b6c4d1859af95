import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { contract, type Channel, type ChannelInput, type ChannelOutput } from '../../../shared/contract/channels';
import { events } from '../../../shared/contract/events';
import { REFETCH_SPREAD_MS } from '../../../shared/contract/live-reads';
import { call, onBackendEvent, type ApiError } from './client';
import { readsChangedBy } from './live-refetch';

/**
 * Cached read of one channel; refetched whenever the backend reports a change.
 * `enabled: false` holds the read back until it is needed.
 */
export function useRead<C extends Channel>(channel: C, input: ChannelInput<C>, options?: { enabled?: boolean }) {
  return useQuery<ChannelOutput<C>, ApiError>({
    queryKey: [channel, input],
    queryFn: () => call(channel, input),
    placeholderData: keepPreviousData,
    enabled: options?.enabled ?? true,
  });
}

/**
 * A write; on success the cached reads its entity can change are refreshed
 * (shared/contract/live-reads.ts), as every other seat does when the backend's
 * `data:changed` for it arrives: the same rule here and there, so this window
 * shows nothing the others would not. The refresh is not awaited: a form
 * remounted by the fresh data (keyed by version) would otherwise never hear
 * its own onSuccess, and its notice would be lost.
 */
export function useWrite<C extends Channel>(channel: C) {
  const queryClient = useQueryClient();
  const entity = contract[channel].entity;
  return useMutation<ChannelOutput<C>, ApiError, ChannelInput<C>>({
    mutationFn: (input) => call(channel, input),
    onSuccess: () => {
      void queryClient.invalidateQueries(
        entity === undefined ? undefined : { predicate: readsChangedBy(entity, channel) },
      );
    },
  });
}

/**
 * Keeps screens current when another window (or seat, or the backend) changes
 * data: each `data:changed` refetches only the reads its entity can change
 * (shared/contract/live-reads.ts), so a write costs the host a few reads per
 * seat, not every read each seat has open. A seat's stream of events that
 * opens again after a drop may have missed changes, so every open screen
 * refetches; its first opening does not (the screens have just read).
 */
export function useLiveInvalidation(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const refetch = () => void queryClient.invalidateQueries();
    let opened = 0;
    // Changes heard are read after a short random wait (REFETCH_SPREAD_MS), all those heard meanwhile at once and
    // in the order they came, so the seats do not all ask the host at the same instant.
    let heard: ReturnType<typeof readsChangedBy>[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const readAgain = () => {
      const changes = heard;
      heard = [];
      timer = undefined;
      void queryClient.invalidateQueries({ predicate: (query) => changes.some((changed) => changed(query)) });
    };
    const stopChanged = onBackendEvent('data:changed', (payload) => {
      // An event this window cannot read names no entity it knows: everything is refetched.
      const changed = events['data:changed'].safeParse(payload);
      heard.push(changed.success ? readsChangedBy(changed.data.entity, changed.data.channel) : () => true);
      timer ??= setTimeout(readAgain, Math.random() * REFETCH_SPREAD_MS);
    });
    const stopOpened = onBackendEvent('events:opened', () => {
      opened += 1;
      if (opened > 1) refetch();
    });
    return () => {
      clearTimeout(timer);
      stopChanged();
      stopOpened();
    };
  }, [queryClient]);
}

/** Today as the backend's clock sees it (null until known); screens never read the machine clock. */
export function useToday(): string | null {
  return useRead('app:info', {}).data?.today ?? null;
}
