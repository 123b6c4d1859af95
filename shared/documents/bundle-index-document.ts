import { Document, HeadingLevel, Paragraph } from 'docx';
import { formatDate } from '../domain/dates';
import type { BundlePart } from '../schemas/inspection-bundle';
import { heading, line, run, table } from './docx-parts';
import { safeText } from './safe-text';

export interface BundleIndexInput {
  agencyName: string;
  from: string;
  to: string;
  madeAt: string;
  madeBy: string;
  parts: readonly BundlePart[];
  notIncluded: readonly string[];
}

/**
 * The index of an inspection bundle: every file in the ZIP, what it is, its
 * size and its SHA-256, so an inspector can check each file is the one issued.
 */
export function buildBundleIndexDocument(input: BundleIndexInput): Document {
  return new Document({
    creator: safeText(input.agencyName),
    title: 'Inspection bundle index',
    sections: [
      {
        children: [
          new Paragraph({ children: [run(input.agencyName)] }),
          heading('Inspection bundle: index', HeadingLevel.HEADING_1),
          line(`${formatDate(input.from)} to ${formatDate(input.to)}`, 'Period'),
          line(`${formatDate(input.madeAt)} by ${input.madeBy}`, 'Made'),
          line(
            'Each file’s SHA-256 is listed so it can be checked against this index and the service’s register of issued documents.',
          ),
          table(
            ['File', 'What it is', 'Size', 'SHA-256'],
            input.parts.map((part) => [part.fileName, part.what, `${part.sizeBytes} bytes`, part.sha256]),
            [0.24, 0.26, 0.12, 0.38],
          ),
          ...(input.notIncluded.length > 0
            ? [heading('Not included', HeadingLevel.HEADING_2), ...input.notIncluded.map((text) => line(text))]
            : []),
        ],
      },
    ],
  });
}
