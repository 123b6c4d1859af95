import { layoutBars, type BarChart } from '../../../../shared/domain/reports/charts';

const FONT = 'Arial, Helvetica, sans-serif';
const TEXT = '#0b0c0c';
const BAR = '#1d4f6e';

/**
 * A horizontal bar chart drawn as SVG with presentation attributes only (the
 * page's CSP allows no inline styles); main draws the Word document's copy from
 * the same layout (layoutBars). Screen readers get its title and, as its
 * description, the figures in words; the table beside it holds them too.
 */
export function BarChartView({ chart }: { chart: BarChart }) {
  const layout = layoutBars(chart);
  const titleId = `${chart.id}-title`;
  const descId = `${chart.id}-desc`;
  return (
    <figure className="chart" aria-labelledby={`${chart.id}-caption`}>
      <figcaption id={`${chart.id}-caption`}>{chart.title}</figcaption>
      <svg
        id={chart.id}
        xmlns="http://www.w3.org/2000/svg"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width={layout.width}
        height={layout.height}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        fontFamily={FONT}
      >
        <title id={titleId}>{chart.title}</title>
        <desc id={descId}>{chart.description}</desc>
        <rect x={0} y={0} width={layout.width} height={layout.height} fill="#ffffff" />
        <text x={4} y={20} fontSize={15} fontWeight="bold" fill={TEXT}>
          {chart.title}
        </text>
        {layout.rows.map((row) => (
          <g key={row.label}>
            <text
              x={layout.labelWidth - 10}
              y={row.y + layout.rowHeight / 2 + 5}
              textAnchor="end"
              fontSize={13}
              fill={TEXT}
            >
              {row.label}
            </text>
            <rect x={layout.labelWidth} y={row.y + 5} width={row.barWidth} height={layout.rowHeight - 10} fill={BAR} />
            <text
              x={layout.labelWidth + row.barWidth + 6}
              y={row.y + layout.rowHeight / 2 + 5}
              fontSize={13}
              fill={TEXT}
            >
              {row.valueLabel}
            </text>
          </g>
        ))}
        {layout.rows.length === 0 ? (
          <text x={0} y={layout.top + 18} fontSize={13} fill={TEXT}>
            Nothing to show for this period.
          </text>
        ) : null}
      </svg>
    </figure>
  );
}
