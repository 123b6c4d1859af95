/**
 * How hard the fuzz suite pushes. CI uses the defaults (1,000 runs per channel
 * for each kind of bad input); FUZZ_RUNS raises or lowers it, FUZZ_SEED replays a
 * failure with the seed fast-check printed.
 */
export const FUZZ_RUNS = positiveInteger(process.env.FUZZ_RUNS, 1000);

/** Inputs that reach the handlers (unknown records) cost real queries, so they get a quarter of the runs. */
export const RECORD_RUNS = Math.max(1, Math.ceil(FUZZ_RUNS / 4));

export const FUZZ_SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

function positiveInteger(text: string | undefined, fallback: number): number {
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`FUZZ_RUNS must be a whole number above 0, not "${text}"`);
  return value;
}
