import { Document, HeadingLevel, Paragraph } from 'docx';
import { stateWords } from '../domain/chain/step-state';
import { formatDate, formatOptionalDate } from '../domain/dates';
import type { CaseChain, ChainStep } from '../schemas/case-chain';
import { heading, line, run, table } from './docx-parts';
import { safeText } from './safe-text';

const COLUMNS = ['Case and step', 'Rule', 'Due', 'Actual', 'On time?', 'Reason for delay'] as const;
// Each date column wide enough for "30 September 2026" to wrap between words, never inside one.
const WIDTHS = [0.22, 0.23, 0.14, 0.14, 0.12, 0.15] as const;

/** The words of a step's reason for delay, or a dash: shown only on a late or overdue step. */
export function delayWords(step: ChainStep): string {
  if (!step.delay) return step.state === 'late' || step.state === 'overdue' ? 'Not recorded' : '—';
  return step.delay.note ? `${step.delay.reason}: ${step.delay.note}` : step.delay.reason;
}

/** One row of the chain: the same words the household page shows. */
export function chainRow(step: ChainStep): string[] {
  return [
    `${step.caseLabel}: ${step.step}`,
    `${step.rule.reference}. ${step.rule.wording}`,
    formatOptionalDate(step.dueDate, '—'),
    formatOptionalDate(step.actualDate, '—'),
    stateWords(step.state, step.daysLate),
    delayWords(step),
  ];
}

export const CHAIN_COLUMNS = COLUMNS;
export const CHAIN_WIDTHS = WIDTHS;

/**
 * One household's case chain as a Word document: every statutory step its
 * cases passed through, each with its rule, due and actual dates, whether it
 * was on time, and the reason for any delay, as at the day it was made.
 */
export function buildCaseChainDocument(chain: CaseChain, agencyName: string): Document {
  const late = chain.steps.filter((s) => s.state === 'late' || s.state === 'overdue');
  return new Document({
    creator: safeText(agencyName),
    title: `Case chain: ${safeText(chain.displayName)}`,
    sections: [
      {
        children: [
          new Paragraph({ children: [run(agencyName)] }),
          heading(`Case chain: ${chain.displayName} (${chain.reference})`, HeadingLevel.HEADING_1),
          line(formatDate(chain.today), 'As at'),
          line(
            late.length === 0
              ? 'Every step with a clock was on time or is not yet due.'
              : `${late.length} ${late.length === 1 ? 'step was' : 'steps were'} late or ${late.length === 1 ? 'is' : 'are'} overdue.`,
            'Summary',
          ),
          chain.steps.length === 0
            ? new Paragraph({ children: [run('No statutory steps are recorded for this household yet.')] })
            : table(COLUMNS, chain.steps.map(chainRow), WIDTHS),
        ],
      },
    ],
  });
}
