import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { contract, type Channel } from '../../../shared/contract/channels';

/**
 * react-hook-form nests errors by path; the error summary, the fields and the
 * backend all speak of them by dotted path (`children.0.initials`), the form a
 * whole-input refinement as `form`. This flattens one into the other.
 */
export function flatErrors(errors: FieldErrors): Record<string, string> {
  const flat: Record<string, string> = {};
  const walk = (node: unknown, path: string[]) => {
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    if (typeof record.message === 'string' && record.message !== '') {
      flat[path.join('.') || 'form'] ??= record.message;
    }
    for (const [key, child] of Object.entries(record)) {
      if (key === 'message' || key === 'type' || key === 'ref' || key === 'types') continue;
      walk(child, [...path, key]);
    }
  };
  walk(errors, []);
  return flat;
}

/** The summary's message, worded as the backend words a refused input (router.ts validationError). */
export function summaryMessage(fieldErrors: Record<string, string>): string {
  const messages = Object.values(fieldErrors);
  return messages.length === 1 ? (messages[0] ?? '') : `There are ${messages.length} problems with what was entered.`;
}

/**
 * zodResolver over the channel's own input schema (the one the backend checks),
 * applied to what would be sent rather than to the form's raw values.
 */
export function contractResolver<V extends FieldValues>(
  channel: Channel,
  toInput: (values: V) => unknown,
): Resolver<V> {
  const judge = zodResolver(contract[channel].input as z.ZodType<FieldValues, FieldValues>);
  return async (values, context, resolverOptions) => {
    const result = await judge(toInput(values) as FieldValues, context, { ...resolverOptions, fields: {}, names: [] });
    return Object.keys(result.errors).length > 0
      ? { values: {}, errors: result.errors as FieldErrors<V> }
      : { values, errors: {} };
  };
}
