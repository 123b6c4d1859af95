import { z } from 'zod';

/** A page of a long list, from 1; a page past the last is empty. */
export function PageNumber(what: string) {
  const error = `Choose a page of ${what}`;
  return z.number({ error }).int({ error }).min(1, { error }).max(1_000_000, { error });
}
