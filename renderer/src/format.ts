import { format } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';

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

/** An instant from the backend (ISO, UTC) in this computer's time: "5 January 2027, 14:05". */
export function formatDateTime(iso: string, withSeconds = false): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  return format(instant, withSeconds ? 'd MMMM yyyy, HH:mm:ss' : 'd MMMM yyyy, HH:mm', { locale: enGB });
}

/** "850 KB", "1.2 MB": file sizes as people read them. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: digits }).format(value)} ${units[unit] ?? ''}`;
}
