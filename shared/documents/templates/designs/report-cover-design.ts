import { AlignmentType, type Document } from 'docx';
import { logoBox, para, tag, templateDocument } from './house-style';

const right = { alignment: AlignmentType.RIGHT, spacing: { after: 0 } } as const;

/**
 * The panel report's cover, in the house style: the service's logo and
 * letterhead, then the title, the period, when the figures were taken and the
 * chair. The same facts as the code-built report's opening lines
 * (annual-report-document.ts); the report's body follows, built in code.
 */
export function reportCoverDesign(): Document {
  return templateDocument('Panel report cover', [
    ...logoBox(right),
    para('{agency_name}', right, true),
    tag('{#agency_address}', right),
    para('{line}', right),
    tag('{/agency_address}', right),
    para('', { spacing: { after: 1440 } }),
    para('{report_title}', { heading: 'Title', spacing: { after: 480 } }),
    para('Period: {period}'),
    para('{figures_taken}'),
    tag('{#has_chair}'),
    para('Chair of the fostering panel: {chair_name}'),
    tag('{/has_chair}'),
  ]);
}
