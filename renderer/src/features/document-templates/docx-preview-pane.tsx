import { renderAsync } from 'docx-preview';
import { useEffect, useRef, useState } from 'react';

/**
 * A filled template shown in the page (users' computers have no Word
 * converter): docx-preview draws the document as HTML. The page's security
 * policy keeps its inline style sheet out, so the layout is approximate; the
 * words are the document's own. Download the preview to see it in Word.
 */
export function DocxPreviewPane({ base64, label }: { base64: string; label: string }) {
  const body = useRef<HTMLDivElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    const target = body.current;
    if (!target) return;
    setProblem(null);
    target.replaceChildren();
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    renderAsync(new Blob([bytes]), target, undefined, {
      inWrapper: false,
      ignoreLastRenderedPageBreak: true,
      useBase64URL: true,
      renderHeaders: true,
      renderFooters: true,
    }).catch(() => setProblem('The preview could not be shown here. Download it to open it in Word.'));
  }, [base64]);
  return (
    <section className="section template-preview" aria-label={label}>
      {problem ? <p role="alert">{problem}</p> : null}
      <div ref={body} className="template-preview__page" data-testid="template-preview" />
    </section>
  );
}
