import { withoutBidiControls } from '../domain/text/bidi-controls';

/**
 * User text for documents: characters XML forbids are removed (docx escapes
 * the rest), so nothing typed can break the file or become markup; so are
 * the direction overrides, embeddings and isolates the boundary now refuses,
 * should an older value still hold one, so no name prints reversed.
 */
/* eslint-disable no-control-regex -- these are exactly the characters being refused */
const XML_FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

export function safeText(text: string | null | undefined): string {
  return withoutBidiControls((text ?? '').replace(XML_FORBIDDEN, ''));
}
