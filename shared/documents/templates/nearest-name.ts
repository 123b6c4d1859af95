/** Edit distance between two names (insertions, deletions and substitutions). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The known name closest to one typed, for "did you mean". */
export function nearestName(typed: string, known: Iterable<string>): string | null {
  let best: { name: string; score: number } | null = null;
  for (const name of known) {
    const score = distance(typed.toLowerCase(), name);
    if (!best || score < best.score) best = { name, score };
  }
  return best?.name ?? null;
}
