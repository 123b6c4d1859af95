import type { ExemptionView } from '../../../../shared/schemas/exemption';

type Stored = NonNullable<ExemptionView['recommended']>;

function Details({ label, exemption }: { label: string; exemption: Stored }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>
        Children: {exemption.children.join(', ') || 'none recorded'}. Conditions: {exemption.conditions ?? 'none'}.
      </dd>
    </>
  );
}

/** An exemption item's children and conditions: as recommended and, once the ADM grants it, as granted. */
export function ExemptionSummary({ exemption }: { exemption: ExemptionView | null | undefined }) {
  if (!exemption) return null;
  return (
    <section aria-labelledby="exemption-summary-heading" className="section">
      <h2 id="exemption-summary-heading">The exemption from the usual fostering limit</h2>
      <dl className="summary-list">
        {exemption.recommended ? <Details label="As recommended" exemption={exemption.recommended} /> : null}
        {exemption.granted ? <Details label="As granted" exemption={exemption.granted} /> : null}
      </dl>
    </section>
  );
}
