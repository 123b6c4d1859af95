/** Fields never copied into the audit trail, whatever entity they belong to. */
const REDACTED = /password|hash|secret|token/i;
/** Bookkeeping that changes on every write and says nothing about what changed. */
const IGNORED = new Set(['version', 'updatedAt']);

/** Field → [before, after] for each top-level field whose value differs. */
export function diffFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    if (IGNORED.has(key)) continue;
    const was = before?.[key] ?? null;
    const now = after?.[key] ?? null;
    if (JSON.stringify(was) === JSON.stringify(now)) continue;
    changes[key] = REDACTED.test(key) ? ['[not recorded]', '[not recorded]'] : [was, now];
  }
  return changes;
}
