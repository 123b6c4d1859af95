import { Packer } from 'docx';
import type { Backend } from '../electron/compose';
import { randomIds } from '../electron/backend/ids';
import type { ReadContext } from '../electron/backend/router';
import { BuiltInTemplates, builtInTemplatesFolder } from '../electron/features/document-templates/built-in-templates';
import { renderFromTemplate } from '../electron/features/document-templates/templated-document';
import { buildIssuedDocument } from '../electron/features/documents/document-source';
import { LETTER_KINDS } from '../shared/contract/documents';
import { TEMPLATED_KINDS, type TemplatedKind } from '../shared/documents/templates/template-kinds';
import { benchClock, REPO_ROOT } from './open-backend';
import type { OperationResult } from './results';
import type { Samples } from './samples';
import { judge, statsOf, timeRuns } from './stats';

const RUNS = 10;
/** How many records of a kind are tried for one its document can be made from. */
const CANDIDATES = 300;

/** The financial year before `today` (`report-<from>-<to>`), the report the service files. */
function lastFinancialYear(today: string): string {
  const year = Number(today.slice(0, 4)) - (today.slice(5) < '04-01' ? 2 : 1);
  return `report-${year}-04-01-${year + 1}-03-31`;
}

/** Records a kind's document may be about, most recent first: sittings, items, or the report's period. */
function candidates(backend: Backend, samples: Samples, kind: TemplatedKind): string[] {
  // Widened: kinds other engineers template land in TEMPLATED_KINDS one a line.
  const name: string = kind;
  const ids = (sql: string) => backend.store.sqlite.prepare(`${sql} LIMIT ${CANDIDATES}`).pluck().all() as string[];
  if (name === 'annual-report') return [lastFinancialYear(samples.today)];
  if (name === 'agenda' || (name.startsWith('minutes-') && name !== 'minutes-extract'))
    return [...(samples.largestMinutedSitting ? [samples.largestMinutedSitting] : []), ...samples.minutedSittings];
  if ((LETTER_KINDS as readonly string[]).includes(name) || name === 'minutes-extract')
    return [
      // Cases with a qualifying determination's letter first: few among thousands, and the letters after it need them.
      ...ids('SELECT item_id FROM adm_cases WHERE letter_date IS NOT NULL ORDER BY item_id DESC'),
      ...ids('SELECT item_id FROM adm_cases ORDER BY item_id DESC'),
      ...ids('SELECT item_id FROM temporary_extensions ORDER BY item_id DESC'),
      ...ids('SELECT item_id FROM resignations ORDER BY item_id DESC'),
    ];
  return [];
}

/** The first record the code builder can make the kind's document from, or null. */
function subjectFor(ctx: ReadContext, backend: Backend, samples: Samples, kind: TemplatedKind): string | null {
  for (const id of candidates(backend, samples, kind)) {
    try {
      buildIssuedDocument(ctx, kind, id);
      return id;
    } catch {
      // Not one this document can be made from yet: try the next.
    }
  }
  return null;
}

/**
 * Each templated kind made from its built-in Word template as `documents:issue`
 * makes it (data from the records, render, the statutory check, the logo and,
 * for the panel report, the code-built body after the cover) beside the same
 * document built wholly in code from the same record: issue 22's budget is
 * within twice the code-built time. `codeBuilt` is not needed (each kind is
 * timed against its own code builder here) and kept for run.ts's call.
 */
export async function measureTemplatedLetters(
  backend: Backend,
  samples: Samples,
  _codeBuilt: readonly OperationResult[] = [],
): Promise<OperationResult[]> {
  const ctx: ReadContext = {
    db: backend.store.db,
    clock: benchClock(samples.today),
    ids: randomIds,
    actor: samples.admin,
    sender: { transport: 'loopback', tokenVerified: true },
  };
  const builtIn = new BuiltInTemplates(builtInTemplatesFolder(`${REPO_ROOT}/db/migrations`));
  const results: OperationResult[] = [];
  for (const kind of TEMPLATED_KINDS) {
    const subjectId = subjectFor(ctx, backend, samples, kind);
    if (!subjectId) {
      results.push({
        name: `${kind} from its template (no record)`,
        stats: statsOf([]),
        judged: judge(Number.NaN, null),
      });
      continue;
    }
    const code = statsOf(
      await timeRuns(() => Packer.toBuffer(buildIssuedDocument(ctx, kind, subjectId).document), RUNS),
    );
    const template = { bytes: builtIn.bytes(kind), version: null };
    const stats = statsOf(await timeRuns(() => renderFromTemplate(ctx, kind, subjectId, template), RUNS));
    results.push({ name: `${kind} built in code`, stats: code, judged: judge(code.p50, null) });
    results.push({
      name: `${kind} from its template (budget 2× code-built)`,
      stats,
      judged: judge(stats.p50, code.p50 * 2),
    });
  }
  return results;
}
