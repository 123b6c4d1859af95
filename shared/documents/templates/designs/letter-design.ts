import { AlignmentType, FrameAnchorType, FrameWrap, type FileChild, type IFrameOptions } from 'docx';
import { mm, WINDOW } from '../../letters/letter-parts';
import { logoBox, para, tag } from './house-style';

/** The letterhead at the top right, clear of the window; the address window is the code-built letters' own (letter-parts.ts). */
const LETTERHEAD: IFrameOptions = {
  type: 'absolute',
  position: { x: mm(110), y: mm(22) },
  width: mm(75),
  anchor: { horizontal: FrameAnchorType.PAGE, vertical: FrameAnchorType.PAGE },
  wrap: FrameWrap.NOT_BESIDE,
};

const inHead = { frame: LETTERHEAD, alignment: AlignmentType.RIGHT, spacing: { after: 0 } } as const;
const inWindow = { frame: WINDOW, spacing: { after: 0 } } as const;

/** The logo (when the settings hold one), letterhead, address block, date, reference, greeting and the subject line. */
export function letterOpening(): FileChild[] {
  return [
    ...logoBox(inHead),
    para('{agency_name}', inHead, true),
    tag('{#agency_address}', inHead),
    para('{line}', inHead),
    tag('{/agency_address}', inHead),
    tag('{#agency_phone}', inHead),
    para('Telephone: {agency_phone}', inHead),
    tag('{/agency_phone}', inHead),
    tag('{#agency_email}', inHead),
    para('Email: {agency_email}', inHead),
    tag('{/agency_email}', inHead),
    tag('{#addressee}', inWindow),
    para('{line}', inWindow),
    tag('{/addressee}', inWindow),
    para(''),
    para('{letter_date}'),
    para('Our reference: {reference}'),
    para('{salutation}'),
    para('{subject}', {}, true),
  ];
}

/** "Yours sincerely", then who signs, or "For" the service when nobody is named. */
export function letterSignOff(): FileChild[] {
  return [
    para('Yours sincerely', { spacing: { before: 240, after: 720 } }),
    tag('{#has_signatory}'),
    para('{signatory_name}', { spacing: { after: 0 } }, true),
    para('{signatory_role}', { spacing: { after: 0 } }),
    tag('{/has_signatory}'),
    para('{signed_for}'),
  ];
}
