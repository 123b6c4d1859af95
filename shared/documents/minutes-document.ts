import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  PageNumber,
  Paragraph,
  TextRun,
  type FileChild,
} from 'docx';
import { formatDate } from '../domain/dates';
import type { MinutesContent } from '../schemas/minutes';
import { heading, line, run, strong, textSection } from './docx-parts';
import { approvalBlock, type MinutesApprovalStamp, type SentToAdm } from './minutes/approval-block';
import { itemBlock } from './minutes/minutes-item';
import { attendance, membersPresent, sittingFacts } from './minutes/sitting-facts';
import { safeText } from './safe-text';

export type { MinutesApprovalStamp, SentToAdm } from './minutes/approval-block';

export const DRAFT_MARK = 'DRAFT — not approved by the chair';
/** Said when the minutes have no items. */
/** The extract's title. */
export const EXTRACT_HEADING = 'Extract from the minutes of the fostering panel';
export const NO_ITEMS = 'No items.';
export const CONFIDENTIAL =
  'Confidential. These minutes identify households by reference only: keep them secure and share them only with those who need them.';

/** "Page 3": a page-number field the app writes itself, never one built from user text. */
const pageNumber = () =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ children: ['Page ', PageNumber.CURRENT] })],
  });

const mark = (text: string) => new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, true)] });

function minutesFile(title: string, content: MinutesContent, children: FileChild[], draft: boolean): Document {
  return new Document({
    creator: safeText(content.agencyName),
    title: `${title}, ${formatDate(content.sitting.date)}`,
    sections: [
      {
        // Default header and footer apply to every page of the section.
        headers: { default: new Header({ children: draft ? [mark(DRAFT_MARK)] : [] }) },
        footers: { default: new Footer({ children: [...(draft ? [mark(DRAFT_MARK)] : []), pageNumber()] }) },
        children,
      },
    ],
  });
}

/** The whole minutes (NMS 14): sitting, attendance, each item in order, any other business and the close. */
function minutesBody(content: MinutesContent): FileChild[] {
  return [
    heading('Minutes of the fostering panel', HeadingLevel.TITLE),
    line(content.agencyName),
    ...sittingFacts(content.sitting),
    ...attendance(content.sitting),
    ...textSection('Opening', content.opening, HeadingLevel.HEADING_1),
    heading('Items', HeadingLevel.HEADING_1),
    ...(content.items.length > 0 ? content.items.flatMap(itemBlock) : [line(NO_ITEMS)]),
    ...textSection('Any other business', content.otherBusiness, HeadingLevel.HEADING_1),
    ...textSection('Close', content.closing, HeadingLevel.HEADING_1),
    line(CONFIDENTIAL),
  ];
}

/** The draft minutes for the chair to read: marked DRAFT at the top and in the header and footer of every page. */
export function buildDraftMinutesDocument(content: MinutesContent): Document {
  return minutesFile('Draft fostering panel minutes', content, [strong(DRAFT_MARK), ...minutesBody(content)], true);
}

/** The approved minutes, closed by the chair's approval and, once sent, the date they went to the ADM. */
export function buildFinalMinutesDocument(
  content: MinutesContent,
  approval: MinutesApprovalStamp,
  sentToAdm: SentToAdm = [],
): Document {
  return minutesFile(
    'Fostering panel minutes',
    content,
    [...minutesBody(content), ...approvalBlock(approval, sentToAdm)],
    false,
  );
}

/** One item of the approved minutes for its ADM: the sitting's facts, that item in full and the approval. */
export function buildMinutesExtractDocument(
  content: MinutesContent,
  itemId: string,
  approval: MinutesApprovalStamp,
): Document {
  const item = content.items.find((i) => i.itemId === itemId);
  if (!item) throw new Error('That item is not in these minutes');
  return minutesFile(
    'Extract from the fostering panel minutes',
    content,
    [
      heading(EXTRACT_HEADING, HeadingLevel.TITLE),
      line(content.agencyName),
      ...sittingFacts(content.sitting),
      ...membersPresent(content.sitting),
      heading('Item', HeadingLevel.HEADING_1),
      ...itemBlock(item),
      ...approvalBlock(approval),
      line(CONFIDENTIAL),
    ],
    false,
  );
}
