import type { AppSettings } from '../../../../shared/schemas/settings';
import { defaultCalendar } from '../../../../shared/domain/calendar/working-days';
import { addDaysIso, formatDate } from '../../../../shared/domain/dates';
import { describeSittingPattern, suggestedSittingDates } from '../../../../shared/domain/sittings/sitting-pattern';
import { partsFromIso } from '../../components/date-parts';
import type { SittingFormValues } from './sitting-form-values';

/** The next dates the usual pattern gives after today, bank holidays left out. */
export function patternDates(settings: AppSettings, today: string, count = 3): string[] {
  if (!settings.sittingPattern) return [];
  return suggestedSittingDates(settings.sittingPattern, addDaysIso(today, 1), count, (day) =>
    defaultCalendar.isBankHoliday(day),
  );
}

/** A new sitting's form filled from the pattern: its next date, usual start time and venue. */
export function fromPattern(blank: SittingFormValues, settings: AppSettings, today: string): SittingFormValues {
  const pattern = settings.sittingPattern;
  const next = patternDates(settings, today, 1)[0];
  if (!pattern || !next) return blank;
  return { ...blank, date: partsFromIso(next), startTime: pattern.startTime, venue: pattern.venue ?? '' };
}

/** The pattern's next dates, each one click from the form's date. */
export function PatternSuggestions({
  settings,
  today,
  onChoose,
}: {
  settings: AppSettings;
  today: string;
  onChoose: (iso: string) => void;
}) {
  const dates = patternDates(settings, today);
  if (!settings.sittingPattern || dates.length === 0) return null;
  return (
    <section className="section" aria-labelledby="pattern-suggestions-heading">
      <h2 id="pattern-suggestions-heading">Suggested from the usual pattern</h2>
      <p>{describeSittingPattern(settings.sittingPattern)}.</p>
      <ul className="button-row">
        {dates.map((date) => (
          <li key={date}>
            <button type="button" className="button button--secondary" onClick={() => onChoose(date)}>
              Use {formatDate(date)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
