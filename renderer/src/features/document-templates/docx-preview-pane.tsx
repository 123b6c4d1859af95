import { renderAsync } from 'docx-preview';
import { useEffect, useRef, useState } from 'react';

/**
 * docx-preview's style sheets as constructed style sheets on the document.
 * It writes its layout (pages, fonts, spacing, tables) as `<style>` elements,
 * which the page's security policy (`style-src 'self'`, no 'unsafe-inline')
 * refuses to apply; the same rules given through the CSS object model are not
 * inline markup, so they apply without loosening the policy. The elements are
 * rendered into a container that is never put in the page.
 */
function adoptStyles(container: HTMLElement): CSSStyleSheet[] {
  const sheets = [...container.querySelectorAll('style')].map((element) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(element.textContent);
    return sheet;
  });
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, ...sheets];
  return sheets;
}

function dropStyles(sheets: readonly CSSStyleSheet[]): void {
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => !sheets.includes(sheet));
}

/**
 * A filled template shown in the page (users' computers have no Word
 * converter): docx-preview draws the document as HTML, page by page, with its
 * own layout applied as constructed style sheets (above). Download the
 * preview to see it in Word.
 */
export function DocxPreviewPane({ base64, label }: { base64: string; label: string }) {
  const body = useRef<HTMLDivElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    const target = body.current;
    if (!target) return;
    let sheets: CSSStyleSheet[] = [];
    let current = true;
    setProblem(null);
    target.replaceChildren();
    const styles = document.createElement('div');
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    renderAsync(new Blob([bytes]), target, styles, {
      inWrapper: true,
      ignoreLastRenderedPageBreak: true,
      useBase64URL: true,
      renderHeaders: true,
      renderFooters: true,
    })
      .then(() => {
        if (current) sheets = adoptStyles(styles);
      })
      .catch(() => setProblem('The preview could not be shown here. Download it to open it in Word.'));
    return () => {
      current = false;
      dropStyles(sheets);
    };
  }, [base64]);
  return (
    <section className="section template-preview" aria-label={label}>
      {problem ? <p role="alert">{problem}</p> : null}
      <div ref={body} className="template-preview__page" data-testid="template-preview" />
    </section>
  );
}
