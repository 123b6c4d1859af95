import fc from 'fast-check';

/** 100,000 characters: far beyond any field's limit, small enough to send thousands of times. */
export const HUGE_STRING = 'x'.repeat(100_000);

/** Characters XML forbids, plus the ones that break lines, paths and terminals. */
const CONTROL_CHARACTERS = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\u0008',
  '\u000B',
  '\u000C',
  '\u001B',
  '\u001F',
  '\u007F',
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\r\n',
  '\u2028',
  '\u202E',
];

export const controlCharacters = fc.constantFrom(...CONTROL_CHARACTERS);

/** A short string with control characters mixed into ordinary text. */
export const controlText = fc
  .array(fc.oneof(controlCharacters, fc.string({ maxLength: 4 })), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(''))
  .filter((text) => CONTROL_CHARACTERS.some((character) => text.includes(character)));

export const hugeString = fc.oneof(
  fc.constant(HUGE_STRING),
  fc.constant(`${'é'.repeat(50_000)}\u0000`),
  fc.constant(' '.repeat(100_000)),
  fc.constant('UEsD'.repeat(25_000)),
);

/** Numbers that are not counts, versions or ratings. */
export const awkwardNumber = fc.constantFrom(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  -1,
  -(2 ** 31),
  0.5,
  -0.5,
  1e308,
  2 ** 53,
  Number.MIN_SAFE_INTEGER,
  Number.EPSILON,
);

/** Dates shaped like YYYY-MM-DD, or nearly, that no calendar has. */
export const impossibleDate = fc.constantFrom(
  '2026-02-30',
  '2026-02-29',
  '2026-13-01',
  '2026-00-10',
  '2026-11-31',
  '2026-11-00',
  '0000-00-00',
  '9999-99-99',
  '2026-1-5',
  '05/01/2027',
  '2026-11-23T09:00:00Z',
  ' 2026-11-23',
  '2026-11-23\u0000',
  '+02026-11-23',
);

/** Strings no enum in the contract lists: near-misses of real options and plain nonsense. */
export const unknownOption = fc.constantFrom(
  'not-a-real-option',
  'ADMINISTRATOR',
  'Administrator',
  ' chair',
  'chair ',
  'member\u0000',
  'approved;DROP TABLE members',
  '__proto__',
  'constructor',
  'toString',
  '',
);

/**
 * Any value a window could send over IPC (structured clone keeps Maps, Sets,
 * Dates, typed arrays and BigInts) or loopback JSON, with the nastiest
 * strings and numbers mixed in.
 */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.anything({ maxDepth: 3, withNullPrototype: true, withObjectString: true }), weight: 4 },
  {
    arbitrary: fc.anything({
      maxDepth: 2,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withSparseArray: true,
      withBoxedValues: true,
    }),
    weight: 2,
  },
  { arbitrary: hugeString, weight: 1 },
  { arbitrary: controlText, weight: 1 },
  { arbitrary: awkwardNumber, weight: 1 },
  { arbitrary: impossibleDate, weight: 1 },
  { arbitrary: unknownOption, weight: 1 },
  {
    arbitrary: fc.dictionary(fc.oneof(controlText, unknownOption, fc.string()), fc.anything({ maxDepth: 1 })),
    weight: 2,
  },
  { arbitrary: fc.constantFrom(undefined, null, [], {}, [[]], [{}], Object.create(null) as object), weight: 1 },
);
