import type { z } from 'zod';

/**
 * One channel of the contract. `kind` tells the router whether the handler
 * writes (and so runs in a transaction, and is audited) or only reads; it is a
 * literal type, so a read's handler is typed with the read-only database handle.
 */
export interface ChannelDefinition<
  I extends z.ZodType = z.ZodType,
  O extends z.ZodType = z.ZodType,
  K extends 'read' | 'write' = 'read' | 'write',
> {
  kind: K;
  input: I;
  output: O;
  /** For writes: the kind of record changed, named in the audit trail. */
  entity?: string;
}

export function read<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): ChannelDefinition<I, O, 'read'> {
  return { kind: 'read', input, output };
}

export function write<I extends z.ZodType, O extends z.ZodType>(
  entity: string,
  input: I,
  output: O,
): ChannelDefinition<I, O, 'write'> {
  return { kind: 'write', input, output, entity };
}
