import type { Document } from 'docx';
import { PANEL_VIEWS_SOUGHT } from '../../letters/extension-words';
import { para, tag, templateDocument } from './house-style';
import { letterOpening, letterSignOff } from './letter-design';

const quoted = { indent: { left: 567 } } as const;

/**
 * The temporary approval extension letter: the same facts as the code-built
 * letter (extension-letter.ts). The approval, the new end and the reg 25(6)
 * warning are statutory blocks the app fills, outside any condition.
 */
export function extensionLetterDesign(): Document {
  return templateDocument('Temporary approval extension letter', [
    ...letterOpening(),
    para('{opening}'),
    tag('{#irm_applied}'),
    para('{irm_applied}'),
    tag('{/irm_applied}'),
    tag('{#has_panel_views}'),
    para(PANEL_VIEWS_SOUGHT),
    tag('{/has_panel_views}'),
    tag('{#panel_views}'),
    para('{line}', quoted),
    tag('{/panel_views}'),
    para('{extension_approval}'),
    para('{extension_end}', {}, true),
    para('{placement_warning}'),
    para('{iro_told}'),
    para('{closing}'),
    ...letterSignOff(),
  ]);
}
