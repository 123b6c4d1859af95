import type { DueFilter, DueKind, WhoActs } from '../../../../shared/schemas/dashboard';

/** What is typed: the days as text, so "a week" stays in the box beside its error. */
export interface TypedValues {
  kind: DueKind | '';
  whoActs: WhoActs | '';
  withinDays: string;
}

/** The filter as `dashboard:due` takes it; days that are not digits go as NaN, which its schema refuses. */
export function toDueFilter(values: TypedValues): DueFilter {
  const days = values.withinDays.trim();
  return {
    withinDays: /^\d+$/.test(days) ? Number(days) : Number.NaN,
    ...(values.kind ? { kinds: [values.kind] } : {}),
    ...(values.whoActs ? { whoActs: values.whoActs } : {}),
  };
}
