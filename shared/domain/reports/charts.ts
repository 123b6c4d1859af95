import type { AnnualReport } from '../../schemas/report';
import type { ItemType } from '../sittings/item-types';
import { percent } from './tallies';

/** A horizontal bar chart: the page draws it as SVG and the Word document carries it as a picture. */
export interface BarChart {
  id: string;
  title: string;
  /** The end of the scale: 100 for per cent, else the largest value (at least 1). */
  maxValue: number;
  bars: { label: string; value: number; valueLabel: string }[];
  /** The chart in words: its text alternative, read by screen readers and kept in the document. */
  description: string;
  /** The table beside the chart that holds the same figures. */
  tableId: string;
}

const SHORT_ITEM_LABELS: Record<ItemType, string> = {
  approval_mainstream: 'Approval (mainstream)',
  approval_specialist: 'Approval (specialist)',
  approval_connected_person: 'Approval (connected person)',
  first_review: 'First review',
  other_review: 'Other review',
  change_of_terms: 'Change of terms',
  temporary_approval_extension: 'Temporary approval extension',
  termination: 'Termination',
  resignation: 'Resignation',
  representations: 'Representations',
  exemption: 'Exemption',
  business: 'Business',
};

function describe(title: string, bars: BarChart['bars'], none: string): string {
  if (bars.length === 0) return `${title}: ${none}`;
  return `${title}: ${bars.map((b) => `${b.label}, ${b.valueLabel}`).join('; ')}.`;
}

/** Per cent on time against the two statutory clocks a panel reports on. */
export function timelinessChart(report: AnnualReport): BarChart {
  const { papers, admDecisions } = report.timeliness;
  const bar = (label: string, onTime: number, measured: number) => {
    const value = percent(onTime, measured);
    return {
      label,
      value: value ?? 0,
      valueLabel: value === null ? 'nothing to measure' : `${value}% (${onTime} of ${measured})`,
    };
  };
  const bars = [
    bar('Papers sent on time', papers.onTime, papers.onTime + papers.late),
    bar('ADM decisions in 7 working days', admDecisions.onTime, admDecisions.onTime + admDecisions.late),
  ];
  const title = 'Timeliness: per cent on time';
  return {
    id: 'chart-timeliness',
    title,
    maxValue: 100,
    bars,
    description: describe(title, bars, ''),
    tableId: 'timeliness',
  };
}

/** How many items of each type the panel heard (types with none listed are left out). */
export function itemsChart(report: AnnualReport): BarChart {
  const bars = report.items.byType
    .filter((t) => t.listed > 0)
    .map((t) => ({
      label: SHORT_ITEM_LABELS[t.itemType as ItemType] ?? t.label,
      value: t.heard,
      valueLabel: `${t.heard} heard`,
    }));
  const title = 'Items heard by type';
  return {
    id: 'chart-items',
    title,
    maxValue: Math.max(1, ...bars.map((b) => b.value)),
    bars,
    description: describe(title, bars, 'no items were listed in the period.'),
    tableId: 'items-by-type',
  };
}

export function reportCharts(report: AnnualReport): BarChart[] {
  return [itemsChart(report), timelinessChart(report)];
}

/** Where each bar goes in an SVG of the given width: shared so the page and tests agree. */
export interface BarLayout {
  width: number;
  height: number;
  labelWidth: number;
  rows: { y: number; barWidth: number; label: string; valueLabel: string }[];
  rowHeight: number;
  top: number;
}

export function layoutBars(chart: BarChart, width = 640): BarLayout {
  const labelWidth = 230;
  const valueSpace = 150;
  const rowHeight = 30;
  const top = 36;
  const scale = (width - labelWidth - valueSpace) / chart.maxValue;
  return {
    width,
    height: top + Math.max(1, chart.bars.length) * rowHeight + 12,
    labelWidth,
    rowHeight,
    top,
    rows: chart.bars.map((bar, index) => ({
      y: top + index * rowHeight,
      barWidth: Math.max(0, Math.round(Math.min(bar.value, chart.maxValue) * scale)),
      label: bar.label,
      valueLabel: bar.valueLabel,
    })),
  };
}
