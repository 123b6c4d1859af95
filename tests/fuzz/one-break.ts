import fc from 'fast-check';
import { awkwardNumber, controlCharacters, hugeString, impossibleDate, junk, unknownOption } from './junk';

type Path = (string | number)[];

/** What replaces the value at the chosen place; DROP removes it, EXTRA adds a field nobody asked for. */
const DROP = Symbol('drop');
const EXTRA = Symbol('extra');
type Break = { kind: string; replacement: unknown };

/**
 * One plausible input with exactly one thing broken in it: a field dropped,
 * an unknown field added, or one value swapped for the wrong type, a huge or
 * control-character string, an impossible date, a negative or non-finite
 * number, an option no enum has, or junk.
 */
export function withOneBreak(
  base: fc.Arbitrary<unknown>,
): fc.Arbitrary<{ kind: string; path: string; input: unknown }> {
  return base.chain((value) => {
    const paths = pathsIn(value);
    return fc.tuple(fc.constantFrom(...paths), fc.constant(value)).chain(([path, original]) =>
      breakFor(valueAt(original, path), path.length > 0).map(({ kind, replacement }) => ({
        kind,
        path: path.join('.') || '(whole input)',
        input: replaceAt(original, path, replacement),
      })),
    );
  });
}

function breakFor(current: unknown, canDrop: boolean): fc.Arbitrary<Break> {
  const as = (kind: string, arbitrary: fc.Arbitrary<unknown>) =>
    arbitrary.map((replacement): Break => ({ kind, replacement }));
  const breaks: fc.Arbitrary<Break>[] = [
    as('wrong type', fc.constantFrom(null, true, 0, 'text', [], {}, [current])),
    as('huge string', hugeString),
    as(
      'control characters',
      typeof current === 'string' ? controlCharacters.map((c) => current + c) : controlCharacters,
    ),
    as('impossible date', impossibleDate),
    as('awkward number', awkwardNumber),
    as('unknown option', unknownOption),
    as('junk', junk),
  ];
  if (canDrop) breaks.push(as('field dropped', fc.constant(DROP)));
  if (isPlainObject(current)) breaks.push(as('unknown field', fc.constant(EXTRA)));
  if (Array.isArray(current)) {
    const first: unknown = current[0] ?? 'x';
    breaks.push(as('very long list', fc.constant(Array.from({ length: 5_000 }, () => first))));
  }
  return fc.oneof(...breaks);
}

/** Every place in a value: the whole of it, then each field and element, depth first. */
function pathsIn(value: unknown, prefix: Path = []): Path[] {
  const paths: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((item, index) => paths.push(...pathsIn(item, [...prefix, index])));
  else if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) paths.push(...pathsIn(item, [...prefix, key]));
  }
  return paths;
}

function valueAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((current, key) => (current as Record<string | number, unknown>)[key], value);
}

function replaceAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) {
    if (replacement === EXTRA) return { ...(value as object), unexpectedField: 'surprise' };
    return replacement;
  }
  const [key, ...rest] = path as [string | number, ...Path];
  if (Array.isArray(value)) {
    const copy = [...value];
    if (rest.length === 0 && replacement === DROP) copy.splice(Number(key), 1);
    else copy[Number(key)] = replaceAt(copy[Number(key)], rest, replacement);
    return copy;
  }
  const record = value as Record<string, unknown>;
  if (rest.length === 0 && replacement === DROP) {
    return Object.fromEntries(Object.entries(record).filter(([field]) => field !== String(key)));
  }
  return { ...record, [key]: replaceAt(record[key], rest, replacement) };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
