import { Packer } from 'docx';
import type { Backend } from '../electron/compose';
import { LETTER_KINDS } from '../shared/contract/documents';
import { buildLetter, letterProblem, type LetterInput } from '../shared/documents/letters';
import { LETTER_SUBJECT } from '../shared/documents/letters/letter-input';
import { buildFinalMinutesDocument } from '../shared/documents/minutes-document';
import type { LetterKind } from '../shared/domain/decisions/decision-rules';
import type { MinutesContent } from '../shared/schemas/minutes';
import { BUDGETS } from './budgets';
import type { OperationResult } from './results';
import type { Samples } from './samples';
import { judge, statsOf, timeRuns } from './stats';

const RUNS = 10;
/** The quality.md case: the minutes of a sitting with 15 items. */
const MINUTES_ITEMS = 15;
/** How many records of each kind are looked through for one each letter can be built from. */
const LETTER_SEARCH = 300;

/** A sitting's items made up to `count` by repeating them (renumbered), when the largest held sitting has fewer. */
function withItems(content: MinutesContent, count: number): MinutesContent {
  if (content.items.length === 0 || content.items.length >= count) return content;
  const items = Array.from({ length: count }, (_, i) => {
    const item = content.items[i % content.items.length] as MinutesContent['items'][number];
    return { ...item, itemId: `${item.itemId}-${i}`, number: i + 1 };
  });
  return { ...content, items };
}

async function minutesDocument(backend: Backend, samples: Samples): Promise<OperationResult | null> {
  const sittingId = samples.largestMinutedSitting;
  if (!sittingId) return null;
  const view = await backend.router.call('minutes:get', { sittingId }, samples.admin);
  if (!view.approvedContent || !view.approval) return null;
  const content = withItems(view.approvedContent, MINUTES_ITEMS);
  const { byName, at, versionNumber, hash } = view.approval;
  const times = await timeRuns(
    () => Packer.toBuffer(buildFinalMinutesDocument(content, { byName, at, versionNumber, hash }, view.referrals)),
    RUNS,
  );
  const stats = statsOf(times);
  return {
    name: `Minutes DOCX, ${content.items.length} items (${view.approvedContent.items.length} real)`,
    stats,
    judged: judge(stats.p50, BUDGETS.minutesDocx),
  };
}

function recentIds(backend: Backend, sql: string): string[] {
  return backend.store.sqlite.prepare(`${sql} LIMIT ${LETTER_SEARCH}`).pluck().all() as string[];
}

/** For each letter kind, the first record in the database the letter can be built from. */
export async function letterInputs(backend: Backend, samples: Samples): Promise<Map<LetterKind, LetterInput>> {
  const found = new Map<LetterKind, LetterInput>();
  const base = { agency: await backend.router.call('settings:get', {}, samples.admin), letterDate: samples.today };
  const offer = (subject: LetterInput['subject']) => {
    const input: LetterInput = {
      ...base,
      subject,
      signatory: { name: samples.admin.displayName, role: 'Panel administrator' },
    };
    for (const kind of LETTER_KINDS) {
      if (!found.has(kind) && LETTER_SUBJECT[kind] === subject.kind && letterProblem(kind, input) === null)
        found.set(kind, input);
    }
  };
  for (const itemId of recentIds(backend, 'SELECT item_id FROM adm_cases ORDER BY item_id DESC')) {
    if (LETTER_KINDS.every((k) => LETTER_SUBJECT[k] !== 'case' || found.has(k))) break;
    offer({ kind: 'case', view: await backend.router.call('decisions:get', { itemId }, samples.adm) });
  }
  for (const itemId of recentIds(backend, 'SELECT item_id FROM temporary_extensions ORDER BY item_id DESC').slice(0, 1))
    offer({ kind: 'extension', view: await backend.router.call('extensions:get', { itemId }, samples.admin) });
  for (const itemId of recentIds(backend, 'SELECT item_id FROM resignations ORDER BY item_id DESC').slice(0, 1))
    offer({ kind: 'resignation', view: await backend.router.call('resignations:get', { itemId }, samples.admin) });
  return found;
}

/** Building and packing the minutes of a 15-item sitting and each letter, as the window does before saving. */
export async function measureDocuments(backend: Backend, samples: Samples): Promise<OperationResult[]> {
  const results: OperationResult[] = [];
  const minutes = await minutesDocument(backend, samples);
  if (minutes) results.push(minutes);
  const inputs = await letterInputs(backend, samples);
  for (const kind of LETTER_KINDS) {
    const input = inputs.get(kind);
    if (!input) {
      results.push({
        name: `${kind} (no record to build it from)`,
        stats: statsOf([]),
        judged: judge(Number.NaN, null),
      });
      continue;
    }
    const stats = statsOf(await timeRuns(() => Packer.toBuffer(buildLetter(kind, input)), RUNS));
    results.push({ name: kind, stats, judged: judge(stats.p50, null) });
  }
  return results;
}
