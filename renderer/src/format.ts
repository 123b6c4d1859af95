export { formatDate, formatOptionalDate } from '../../shared/domain/dates';

export function formatPence(pence: number | null): string {
  if (pence === null) return 'Not recorded';
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' }).format(pence / 100);
}

export function formatHours(hours: number): string {
  return `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(hours)} ${hours === 1 ? 'hour' : 'hours'}`;
}

export function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}
