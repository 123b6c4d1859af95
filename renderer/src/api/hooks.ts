import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/contract/channels';
import { call, onBackendEvent, type ApiError } from './client';

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
 * A write; on success every cached read is refreshed. The refresh is not
 * awaited: a form remounted by the fresh data (keyed by version) would
 * otherwise never hear its own onSuccess, and its notice would be lost.
 */
export function useWrite<C extends Channel>(channel: C) {
  const queryClient = useQueryClient();
  return useMutation<ChannelOutput<C>, ApiError, ChannelInput<C>>({
    mutationFn: (input) => call(channel, input),
    onSuccess: () => {
      void queryClient.invalidateQueries();
    },
  });
}

/**
 * Keeps screens current when another window (or seat, or the backend) changes
 * data. A seat's stream of events that opens again after a drop may have
 * missed changes, so every open screen refetches; its first opening does not
 * (the screens have just read).
 */
export function useLiveInvalidation(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const refetch = () => void queryClient.invalidateQueries();
    let opened = 0;
    const stopChanged = onBackendEvent('data:changed', refetch);
    const stopOpened = onBackendEvent('events:opened', () => {
      opened += 1;
      if (opened > 1) refetch();
    });
    return () => {
      stopChanged();
      stopOpened();
    };
  }, [queryClient]);
}

/** Today as the backend's clock sees it (null until known); screens never read the machine clock. */
export function useToday(): string | null {
  return useRead('app:info', {}).data?.today ?? null;
}
