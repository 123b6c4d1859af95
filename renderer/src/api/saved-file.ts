import { useMutation, useQueryClient } from '@tanstack/react-query';
import { contract, type Channel, type ChannelInput, type ChannelOutput } from '../../../shared/contract/channels';
import { ApiError, call } from './client';
import { launchHeaders } from './launch-key';
import { readsChangedBy } from './live-refetch';
import { isNetworkSeat, seatHeaders } from './network-bridge';

/**
 * Where a file main made went. On the desktop, main's save dialog wrote it and
 * the answer is its path. In browser mode main writes nothing on the host: the
 * answer names `/download/<id>/<name>`, which this window fetches once (with
 * its launch key and client id) and hands to the browser as a download.
 */
const DOWNLOAD_PREFIX = '/download/';

export function isBrowserDownload(path: string): boolean {
  return !window.api && path.startsWith(DOWNLOAD_PREFIX);
}

/** The words after "Saved to": the path on the desktop, the browser's downloads here. */
export function savedPlace(path: string): { where: string; file: string } {
  if (!isBrowserDownload(path)) return { where: '', file: path };
  return { where: 'your downloads as ', file: path.slice(path.lastIndexOf('/') + 1) };
}

async function deliver(path: string): Promise<void> {
  if (!isBrowserDownload(path)) return;
  // A seat of the service sends its cookie and token; browser mode its launch key and client id.
  const response = isNetworkSeat()
    ? await fetch(path.slice(1), { headers: await seatHeaders(), credentials: 'same-origin' })
    : await fetch(path.slice(1), { headers: launchHeaders(), credentials: 'omit' });
  if (!response.ok) throw new Error('The file was made but could not be downloaded. Make it again.');
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = path.slice(path.lastIndexOf('/') + 1);
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the bytes once the click is handled; the URL is freed after.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

type SavingChannel = {
  [C in Channel]: ChannelOutput<C> extends { path: string } ? C : never;
}[Channel];

/** A write whose answer is a saved file: in browser mode the file is downloaded before the write reports success. */
export function useSavingWrite<C extends SavingChannel>(channel: C) {
  const queryClient = useQueryClient();
  return useMutation<ChannelOutput<C>, ApiError, ChannelInput<C>>({
    mutationFn: async (input) => {
      const saved = await call(channel, input);
      try {
        await deliver((saved as { path: string }).path);
      } catch (error) {
        throw new ApiError({ code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) });
      }
      return saved;
    },
    // As `useWrite`: the reads its entity can change (shared/contract/live-reads.ts).
    onSuccess: () => {
      void queryClient.invalidateQueries({ predicate: readsChangedBy(contract[channel].entity ?? '', channel) });
    },
  });
}
