import { useRead } from '../../api/hooks';
import { formatSittingDay, KIND_LABELS } from './sitting-words';

/**
 * Other sittings that can still take items (planned, or papers sent), from
 * today on: the choices for moving, deferring, or rehoming a cancelled sitting's items.
 */
export function useOpenSittingOptions(excludeId: string): { value: string; label: string }[] {
  const today = useRead('app:info', {}).data?.today;
  const sittings = useRead('sittings:list', today ? { from: today } : {});
  return (sittings.data ?? [])
    .filter((s) => s.id !== excludeId && (s.status === 'planned' || s.status === 'papers_sent'))
    .map((s) => ({
      value: s.id,
      label: `${formatSittingDay(s.date)}, ${s.startTime} (${KIND_LABELS[s.kind].toLowerCase()})`,
    }));
}
