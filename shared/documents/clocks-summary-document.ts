import { Document, HeadingLevel, Paragraph } from 'docx';
import { formatDate } from '../domain/dates';
import type { ChainStep } from '../schemas/case-chain';
import { CHAIN_COLUMNS, CHAIN_WIDTHS, chainRow } from './case-chain-document';
import { heading, line, run, table } from './docx-parts';
import { safeText } from './safe-text';

export interface ClocksSummaryInput {
  agencyName: string;
  from: string;
  to: string;
  today: string;
  households: readonly { reference: string; displayName: string; steps: readonly ChainStep[] }[];
}

const countOf = (steps: readonly ChainStep[], state: ChainStep['state']) =>
  steps.filter((s) => s.state === state).length;

/**
 * Every statutory step in a period, household by household, on time or late
 * with the reason recorded: the evidence an inspector asks for that decisions
 * were timely. The rows are the case chain's own (chainRow).
 */
export function buildClocksSummaryDocument(input: ClocksSummaryInput): Document {
  const withSteps = input.households.filter((h) => h.steps.length > 0);
  const all = withSteps.flatMap((h) => h.steps);
  const late = all.filter((s) => s.state === 'late' || s.state === 'overdue');
  const explained = late.filter((s) => s.delay !== null).length;
  const reasons = new Map<string, number>();
  for (const step of late) if (step.delay) reasons.set(step.delay.reason, (reasons.get(step.delay.reason) ?? 0) + 1);
  const children = [
    new Paragraph({ children: [run(input.agencyName)] }),
    heading('Statutory clocks summary', HeadingLevel.HEADING_1),
    line(`${formatDate(input.from)} to ${formatDate(input.to)}`, 'Period'),
    line(formatDate(input.today), 'As at'),
    line(String(all.length), 'Steps due or done in the period'),
    line(String(countOf(all, 'on_time')), 'On time'),
    line(String(countOf(all, 'late')), 'Late'),
    line(String(countOf(all, 'overdue')), 'Overdue now'),
    line(`${explained} of ${late.length}`, 'Late or overdue steps with a reason recorded'),
    ...(reasons.size > 0
      ? [
          heading('Reasons for delay', HeadingLevel.HEADING_2),
          table(
            ['Reason', 'Steps'],
            [...reasons.entries()].sort((a, b) => b[1] - a[1]).map(([reason, n]) => [reason, String(n)]),
            [0.8, 0.2],
          ),
        ]
      : []),
    ...withSteps.flatMap((household) => [
      heading(`${household.displayName} (${household.reference})`, HeadingLevel.HEADING_2),
      table(CHAIN_COLUMNS, household.steps.map(chainRow), CHAIN_WIDTHS),
    ]),
    ...(withSteps.length === 0 ? [new Paragraph({ children: [run('No statutory steps fell in this period.')] })] : []),
  ];
  return new Document({
    creator: safeText(input.agencyName),
    title: 'Statutory clocks summary',
    sections: [{ children }],
  });
}
