import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Backend } from '../electron/compose';
import { LETTER_KINDS } from '../shared/contract/documents';
import type { LetterKind } from '../shared/domain/decisions/decision-rules';
import { approvalLetterData } from '../shared/documents/templates/approval-letter-fields';
import { missingStatutoryText, renderTemplate } from '../shared/documents/templates/render-template';
import {
  builtInFileName,
  TEMPLATE_SCHEMAS,
  TEMPLATED_KINDS,
  type TemplatedKind,
} from '../shared/documents/templates/template-kinds';
import { letterInputs } from './documents';
import { REPO_ROOT } from './open-backend';
import type { OperationResult } from './results';
import type { Samples } from './samples';
import { judge, statsOf, timeRuns } from './stats';

const RUNS = 10;

/** The templated kinds that are letters: the sitting's documents (agenda, minutes) are not measured here. */
const isLetter = (kind: TemplatedKind): kind is TemplatedKind & LetterKind =>
  (LETTER_KINDS as readonly string[]).includes(kind);

/**
 * Each templated letter made from its built-in Word template (data, render,
 * the statutory check), beside the same letter built in code: issue 22's
 * budget is within twice the code-built letter's time.
 */
export async function measureTemplatedLetters(
  backend: Backend,
  samples: Samples,
  codeBuilt: readonly OperationResult[],
): Promise<OperationResult[]> {
  const inputs = await letterInputs(backend, samples);
  const marking = (await backend.router.call('settings:get', {}, samples.admin)).protectiveMarking;
  return Promise.all(
    TEMPLATED_KINDS.filter(isLetter).map(async (kind) => {
      const input = inputs.get(kind);
      const code = codeBuilt.find((result) => result.name === kind);
      const budget = code && Number.isFinite(code.stats.p50) ? code.stats.p50 * 2 : null;
      if (!input || input.subject.kind !== 'case')
        return { name: `${kind} from its template (no record)`, stats: statsOf([]), judged: judge(Number.NaN, null) };
      const view = input.subject.view;
      const template = new Uint8Array(
        readFileSync(path.join(REPO_ROOT, 'shared/documents/templates/built-in', builtInFileName(kind))),
      );
      const schema = TEMPLATE_SCHEMAS[kind];
      const times = await timeRuns(() => {
        const data = approvalLetterData(view, { ...input, marking, templateVersion: null });
        const bytes = renderTemplate(template, data);
        if (missingStatutoryText(bytes, schema, data).length > 0) throw new Error(`${kind}: statutory text missing`);
        return Promise.resolve(bytes);
      }, RUNS);
      const stats = statsOf(times);
      return { name: `${kind} from its template (budget 2× code-built)`, stats, judged: judge(stats.p50, budget) };
    }),
  );
}
