import { formatDate } from '../dates';

/** An extension already recorded for the household (CPPCR reg 25). */
export interface RecordedExtension {
  kind: 'ordinary' | 'irm';
  newEnd: string | null;
  /** For an extension until the IRM outcome: the final decision's date once recorded, else null. */
  endedOn: string | null;
}

/** Where the household's temporary approval stands: ending on a date, or running until an IRM outcome. */
export type TemporaryApprovalEnd =
  { kind: 'date'; date: string } | { kind: 'until_irm_outcome' } | { kind: 'ended_on_final_decision'; date: string };

/**
 * The current end of a temporary approval: the 16 weeks, moved by the one
 * ordinary extension, and held open by an extension until the IRM outcome
 * until the ADM's final decision after the IRM recommendation is recorded.
 */
export function temporaryApprovalEnd(
  originalEnd: string,
  extensions: readonly RecordedExtension[],
): TemporaryApprovalEnd {
  const irm = extensions.find((e) => e.kind === 'irm');
  if (irm) return irm.endedOn ? { kind: 'ended_on_final_decision', date: irm.endedOn } : { kind: 'until_irm_outcome' };
  const ordinary = extensions.find((e) => e.kind === 'ordinary' && e.newEnd);
  return { kind: 'date', date: ordinary?.newEnd ?? originalEnd };
}

/** Why a further ordinary extension is refused, naming the only further route the regulations leave. */
export function ordinaryExtensionRefusal(displayName: string, extensions: readonly RecordedExtension[]): string | null {
  const irm = extensions.find((e) => e.kind === 'irm');
  if (irm) return irmAlreadyExtended(displayName, irm);
  const ordinary = extensions.find((e) => e.kind === 'ordinary');
  if (!ordinary) return null;
  return (
    `Temporary approval for ${displayName} was already extended once, to ${formatDate(ordinary.newEnd ?? '')}. ` +
    'CPPCR regulation 25 allows one extension of up to 8 weeks; a further extension is possible only until the outcome of an ' +
    'Independent Review Mechanism (IRM) review is known, where the connected person has applied to the IRM about a qualifying determination.'
  );
}

/** Why an extension until the IRM outcome is refused, or null when one may be approved. */
export function irmExtensionRefusal(
  displayName: string,
  extensions: readonly RecordedExtension[],
  hasIrmApplication: boolean,
): string | null {
  const irm = extensions.find((e) => e.kind === 'irm');
  if (irm) return irmAlreadyExtended(displayName, irm);
  if (!hasIrmApplication) {
    return (
      `${displayName} has not applied to the Independent Review Mechanism about a qualifying determination that awaits the final decision. ` +
      'An extension until the IRM outcome is possible only then (CPPCR regulation 25).'
    );
  }
  return null;
}

function irmAlreadyExtended(displayName: string, irm: RecordedExtension): string {
  return irm.endedOn
    ? `Temporary approval for ${displayName} was extended until the IRM outcome, and ended with the final decision on ${formatDate(irm.endedOn)}.`
    : `Temporary approval for ${displayName} is already extended until the outcome of the IRM review is known.`;
}

/** The decision to extend must be made before the current approval ends (CPPCR reg 25). */
export function extensionTooLate(decidedOn: string, end: TemporaryApprovalEnd): string | null {
  if (end.kind === 'until_irm_outcome') return null;
  if (decidedOn <= end.date) return null;
  return `The temporary approval ended on ${formatDate(end.date)}. An extension must be decided before the current approval ends (CPPCR regulation 25).`;
}
